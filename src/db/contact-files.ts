import { contactsCsv } from '../core/contact-files/contacts-csv';
import { contactsVcf } from '../core/contact-files/vcard';
import type { Contact } from '../shared/contact';
import { emptyProfile } from '../shared/profile';
import { canonicalProfileUrl } from '../shared/profile-url';
import type { ConnectionsImported, ContactsFile, ImportedConnection } from '../shared/protocol';
import type { RapportDb } from './database';
import { newContact } from './new-contact';

/** Every contact, by name, as a CSV spreadsheet or a vCard 4.0 address book file. */
export async function exportContacts(
  db: RapportDb,
  format: 'csv' | 'vcard',
  now: number,
): Promise<ContactsFile> {
  const contacts = (await db.contacts.toArray()).sort((a, b) => a.name.localeCompare(b.name));
  const day = new Date(now).toISOString().slice(0, 10);
  return format === 'csv'
    ? { fileName: `rapport-contacts-${day}.csv`, mediaType: 'text/csv', text: contactsCsv(contacts) }
    : { fileName: `rapport-contacts-${day}.vcf`, mediaType: 'text/vcard', text: contactsVcf(contacts) };
}

function fromConnection(url: string, c: ImportedConnection, now: number): Contact {
  const profile = emptyProfile(url, c.name);
  if (c.company || c.position) profile.experience = [{ title: c.position ?? '', company: c.company ?? '' }];
  if (c.position && c.company) profile.headline = `${c.position} at ${c.company}`;
  return newContact(profile, now, c.email ? { email: c.email } : {});
}

/**
 * Saves LinkedIn connections as people to reach out to, in one transaction. Someone already saved keeps
 * everything Rapport knows; only an email address they lack is filled in.
 */
export async function importConnections(
  db: RapportDb,
  connections: readonly ImportedConnection[],
  now: number,
): Promise<ConnectionsImported> {
  const byUrl = new Map<string, ImportedConnection>();
  let skipped = 0;
  for (const c of connections) {
    const url = canonicalProfileUrl(c.url);
    if (url) byUrl.set(url, c);
    else skipped++;
  }
  return db.transaction('rw', db.contacts, async () => {
    const urls = [...byUrl.keys()];
    const existing = await db.contacts.bulkGet(urls);
    const fresh: Contact[] = [];
    let emailsAdded = 0;
    for (const [n, url] of urls.entries()) {
      const connection = byUrl.get(url);
      const saved = existing[n];
      if (!connection) continue;
      if (!saved) fresh.push(fromConnection(url, connection, now));
      else if (!saved.email && connection.email) {
        await db.contacts.update(url, { email: connection.email, updatedAt: now });
        emailsAdded++;
      }
    }
    await db.contacts.bulkAdd(fresh);
    return { added: fresh.length, alreadySaved: urls.length - fresh.length, emailsAdded, skipped };
  });
}
