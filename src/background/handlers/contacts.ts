import {
  addContact,
  deleteContact,
  getContactView,
  listContacts,
  listReferredBy,
  updateContact,
} from '../../db/contacts';
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
  | 'ui:listReferredBy'
  | 'ui:deleteContact'
  | 'ui:addContact';

export function contactHandlers({
  db,
  now,
  readTab,
  onDataChanged,
}: HandlerDeps): HandlerGroup<ContactMessages> {
  const changed = async <T>(result: T): Promise<T> => {
    await onDataChanged?.();
    return result;
  };
  return {
    // The page URL comes from Rapport's own content script (pages cannot message Rapport), and stays right
    // after LinkedIn's in-page navigations, for which the browser's sender URL can still name the page
    // first loaded.
    'capture:saveProfile': async (data) => changed(await saveCapture(db, { ...data, now: now() })),
    'ui:captureTab': async ({ tabId }) =>
      changed(await saveCapture(db, { ...(await readTab(tabId)), now: now() })),
    'ui:readTab': async ({ tabId }) => {
      const { profile, report } = await readTab(tabId);
      return { profile, report };
    },
    'ui:getContact': ({ url }) => getContactView(db, url),
    'ui:listContacts': (query) => listContacts(db, query),
    'ui:listReferredBy': ({ url }) => listReferredBy(db, url),
    'ui:updateContact': async ({ url, patch }) =>
      changed(await updateContact(db, url, patch, (await loadSettings(db)).followUps, now())),
    'ui:deleteContact': async ({ url }) => changed(await deleteContact(db, url)),
    'ui:addContact': async (data) => changed(await addContact(db, data, now())),
  };
}
