import type { Contact } from '../../shared/contact';
import { contactKey } from '../../shared/profile-url';
import type { ContactSummary, ContactView } from '../../shared/protocol';
import { SETTINGS_KEY } from './meta-keys';
import { countBy, getRecord, newestBy } from './read-records';
import { summarizeContact } from './summarize-contact';

export interface PopupRecords {
  view: ContactView | null;
  recent: ContactSummary[];
  /** The settings as stored: the caller migrates and checks them, as loadSettings does. */
  storedSettings: unknown;
}

interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * What the popup shows first, read in one transaction: the same records the background's
 * `ui:getPopupState` reads with Dexie (getContactView, listContacts, loadSettings).
 */
export async function readPopupRecords(
  db: IDBDatabase,
  profileUrl: string | undefined,
  recentLimit: number,
): Promise<PopupRecords> {
  const tx = db.transaction(['contacts', 'snapshots', 'meta'], 'readonly');
  const url = profileUrl ? contactKey(profileUrl) : undefined;
  const [contact, snapshotCount, recent, settings] = await Promise.all([
    url ? getRecord<Contact>(tx, 'contacts', url) : undefined,
    url ? countBy(tx, 'snapshots', 'contactUrl', url) : 0,
    newestBy<Contact>(tx, 'contacts', 'updatedAt', recentLimit),
    getRecord<MetaRecord>(tx, 'meta', SETTINGS_KEY),
  ]);
  return {
    view: contact ? { contact, snapshotCount } : null,
    recent: recent.map(summarizeContact),
    storedSettings: settings?.value,
  };
}
