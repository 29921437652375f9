import type { Contact } from '../../shared/contact';
import { contactKey } from '../../shared/profile-url';
import type { ContactSummary, ContactView } from '../../shared/protocol';
import { POPUP_INTENT_FRESH_MS, POPUP_INTENT_KEY, SETTINGS_KEY } from './meta-keys';
import { countBy, getRecord, newestBy } from './read-records';
import { summarizeContact } from './summarize-contact';

export interface PopupRecords {
  view: ContactView | null;
  recent: ContactSummary[];
  /** The settings as stored: the caller migrates and checks them, as loadSettings does. */
  storedSettings: unknown;
  /** A context-menu hand-off is waiting: taking it is a write, so only the background may. */
  intentWaiting: boolean;
}

interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * What the popup shows first, read in one transaction: the same records the background's
 * `ui:getPopupState` reads with Dexie (getContactView, listContacts, loadSettings, takePopupIntent).
 */
export async function readPopupRecords(
  db: IDBDatabase,
  profileUrl: string | undefined,
  recentLimit: number,
  now: number,
): Promise<PopupRecords> {
  const tx = db.transaction(['contacts', 'snapshots', 'meta'], 'readonly');
  const url = profileUrl ? contactKey(profileUrl) : undefined;
  const [contact, snapshotCount, recent, settings, intent] = await Promise.all([
    url ? getRecord<Contact>(tx, 'contacts', url) : undefined,
    url ? countBy(tx, 'snapshots', 'contactUrl', url) : 0,
    newestBy<Contact>(tx, 'contacts', 'updatedAt', recentLimit),
    getRecord<MetaRecord>(tx, 'meta', SETTINGS_KEY),
    getRecord<MetaRecord>(tx, 'meta', POPUP_INTENT_KEY),
  ]);
  const intentAt = (intent?.value as { at?: unknown } | undefined)?.at;
  return {
    view: contact ? { contact, snapshotCount } : null,
    recent: recent.map(summarizeContact),
    storedSettings: settings?.value,
    intentWaiting:
      intent !== undefined && (typeof intentAt !== 'number' || now - intentAt <= POPUP_INTENT_FRESH_MS),
  };
}
