import { deleteContact, getContactView, listContacts, updateContact } from '../../db/contacts';
import { saveCapture } from '../../db/save-capture';
import { loadSettings } from '../../db/settings';
import type { HandlerDeps, HandlerGroup } from './deps';

type ContactMessages =
  | 'capture:saveProfile'
  | 'ui:captureTab'
  | 'ui:readTab'
  | 'ui:getContact'
  | 'ui:listContacts'
  | 'ui:updateContact'
  | 'ui:deleteContact';

export function contactHandlers({ db, now, readTab }: HandlerDeps): HandlerGroup<ContactMessages> {
  return {
    // The page URL comes from Rapport's own content script (pages cannot message Rapport), and stays right
    // after LinkedIn's in-page navigations, for which the browser's sender URL can still name the page
    // first loaded.
    'capture:saveProfile': async (data) => saveCapture(db, { ...data, now: now() }),
    'ui:captureTab': async ({ tabId }) => saveCapture(db, { ...(await readTab(tabId)), now: now() }),
    'ui:readTab': async ({ tabId }) => {
      const { profile, report } = await readTab(tabId);
      return { profile, report };
    },
    'ui:getContact': ({ url }) => getContactView(db, url),
    'ui:listContacts': (query) => listContacts(db, query),
    'ui:updateContact': async ({ url, patch }) =>
      updateContact(db, url, patch, (await loadSettings(db)).followUps, now()),
    'ui:deleteContact': async ({ url }) => deleteContact(db, url),
  };
}
