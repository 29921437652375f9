import {
  addContact,
  deleteContact,
  getContactView,
  listContacts,
  listReferredBy,
  updateContact,
} from '../../db/contacts';
import { otherSourcesOf } from '../../db/other-sources';
import { mergeSource, unlinkSource } from '../../db/save-any-page';
import { saveCapture } from '../../db/save-capture';
import { loadSettings } from '../../db/settings';
import { memoryReceiptStore, saveOnce } from '../capture-receipts';
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
  | 'ui:mergeSource'
  | 'ui:unlinkSource'
  | 'ui:listOtherSources'
  | 'ui:addContact';

export function contactHandlers({
  db,
  now,
  readTab,
  receipts = memoryReceiptStore(),
}: HandlerDeps): HandlerGroup<ContactMessages> {
  return {
    // Filed under the address the browser says the sending tab shows, never the one the message claims:
    // the content script runs inside LinkedIn's page. The tab's address follows LinkedIn's in-page
    // navigations, where the frame's sender URL can still name the page first loaded.
    'capture:saveProfile': async (data, sender) => {
      if (!sender.tabUrl) throw new Error('Rapport cannot tell which page this capture came from');
      const capture = { ...data, pageUrl: sender.tabUrl };
      const at = now();
      return saveOnce(receipts, capture, at, () => saveCapture(db, { ...capture, now: at }));
    },
    'ui:captureTab': async ({ tabId }) => saveCapture(db, { ...(await readTab(tabId)), now: now() }),
    'ui:readTab': async ({ tabId }) => {
      const { profile, report } = await readTab(tabId);
      return { profile, report };
    },
    'ui:getContact': ({ url }) => getContactView(db, url),
    'ui:listContacts': (query) => listContacts(db, query),
    'ui:listReferredBy': ({ url }) => listReferredBy(db, url),
    'ui:updateContact': async ({ url, patch }) =>
      updateContact(db, url, patch, (await loadSettings(db)).followUps, now()),
    'ui:deleteContact': async ({ url }) => deleteContact(db, url),
    'ui:mergeSource': async ({ url }) => mergeSource(db, url, (await loadSettings(db)).followUps, now()),
    'ui:unlinkSource': ({ url }) => unlinkSource(db, url),
    'ui:listOtherSources': ({ url }) => otherSourcesOf(db, url),
    'ui:addContact': async (data) => addContact(db, data, now()),
  };
}
