import { addContact, deleteContact, getContactView, listContacts, updateContact } from '../../db/contacts';
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
  | 'ui:deleteContact'
  | 'ui:mergeSource'
  | 'ui:unlinkSource'
  | 'ui:addContact';

export function contactHandlers({
  db,
  now,
  readTab,
  onDataChanged,
  receipts = memoryReceiptStore(),
}: HandlerDeps): HandlerGroup<ContactMessages> {
  const changed = async <T>(result: T): Promise<T> => {
    await onDataChanged?.();
    return result;
  };
  return {
    // Filed under the address the browser says the sending tab shows, never the one the message claims:
    // the content script runs inside LinkedIn's page. The tab's address follows LinkedIn's in-page
    // navigations, where the frame's sender URL can still name the page first loaded.
    'capture:saveProfile': async (data, sender) => {
      if (!sender.tabUrl) throw new Error('Rapport cannot tell which page this capture came from');
      const capture = { ...data, pageUrl: sender.tabUrl };
      const at = now();
      return changed(await saveOnce(receipts, capture, at, () => saveCapture(db, { ...capture, now: at })));
    },
    'ui:captureTab': async ({ tabId }) =>
      changed(await saveCapture(db, { ...(await readTab(tabId)), now: now() })),
    'ui:readTab': async ({ tabId }) => {
      const { profile, report } = await readTab(tabId);
      return { profile, report };
    },
    'ui:getContact': ({ url }) => getContactView(db, url),
    'ui:listContacts': (query) => listContacts(db, query),
    'ui:updateContact': async ({ url, patch }) =>
      changed(await updateContact(db, url, patch, (await loadSettings(db)).followUps, now())),
    'ui:deleteContact': async ({ url }) => changed(await deleteContact(db, url)),
    'ui:mergeSource': async ({ url }) =>
      changed(await mergeSource(db, url, (await loadSettings(db)).followUps, now())),
    'ui:unlinkSource': ({ url }) => unlinkSource(db, url),
    'ui:addContact': async (data) => changed(await addContact(db, data, now())),
  };
}
