import type { Contact } from '../shared/contact';
import type { RapportDb } from './database';

/** Every LinkedIn contact's key starts here (see canonicalProfileUrl); any other key is another site's. */
const LINKEDIN_KEYS = 'https://www.linkedin.com/';
const AFTER_LINKEDIN_KEYS = `${LINKEDIN_KEYS}\uffff`;

/**
 * The people saved from other sites whose page named this LinkedIn contact (`sameAs`), oldest first, so
 * the LinkedIn contact's page can point back to them. Only keys outside LinkedIn's are read: those are the
 * few contacts made from other sites, however many LinkedIn contacts there are.
 */
export async function otherSourcesOf(db: RapportDb, url: string): Promise<Contact[]> {
  const named = (c: Contact) => c.sameAs === url && c.url !== url;
  const [before, after] = await Promise.all([
    db.contacts.where('url').below(LINKEDIN_KEYS).filter(named).toArray(),
    db.contacts.where('url').aboveOrEqual(AFTER_LINKEDIN_KEYS).filter(named).toArray(),
  ]);
  return [...before, ...after].sort((a, b) => a.firstSavedAt - b.firstSavedAt || a.url.localeCompare(b.url));
}
