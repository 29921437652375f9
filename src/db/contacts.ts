import { contactMatchText, matchedText } from '../core/search/match-text';
import type { Contact } from '../shared/contact';
import { emptyProfile } from '../shared/profile';
import { canonicalProfileUrl, contactKey } from '../shared/profile-url';
import type { ContactPatch, ContactSummary, ContactView, SaveProfileResult } from '../shared/protocol';
import type { FollowUpSettings } from '../shared/settings';
import type { RapportDb } from './database';
import { REFRESH_TABLES, refreshContact } from './follow-up-store';
import { newContact } from './new-contact';
import { summarizeContact } from './read-only/summarize-contact';
import { searchIndex } from './search';

export async function getContactView(db: RapportDb, rawUrl: string): Promise<ContactView | null> {
  const url = contactKey(rawUrl);
  if (!url) return null;
  const contact = await db.contacts.get(url);
  if (!contact) return null;
  const snapshotCount = await db.snapshots.where('contactUrl').equals(url).count();
  return { contact, snapshotCount };
}

export interface ContactQuery {
  limit: number;
  offset?: number;
  query?: string;
  stage?: Contact['stage'];
}

/**
 * Contacts, most recently changed first, read through the updatedAt index; with a query, the people the
 * search finds, best match first, each with the field that matched.
 */
export async function listContacts(
  db: RapportDb,
  { limit, offset = 0, query, stage }: ContactQuery,
): Promise<ContactSummary[]> {
  if (query?.trim()) {
    const index = await searchIndex(db);
    const hits = index.searchContacts(query, stage ? { stage } : {}).slice(offset, offset + limit);
    const contacts = await db.contacts.bulkGet(hits.map((h) => h.url));
    return hits.flatMap((hit, i) => {
      const contact = contacts[i];
      if (!contact) return [];
      const { field, note } = index.explain(hit);
      const text =
        field === 'notes' ? matchedText(note ?? '', hit.terms) : contactMatchText(contact, field, hit.terms);
      return [{ ...summarizeContact(contact), ...(text ? { match: { field, text } } : {}) }];
    });
  }
  let collection = db.contacts.orderBy('updatedAt').reverse();
  if (stage) collection = collection.filter((c) => c.stage === stage);
  const contacts = await collection.offset(offset).limit(limit).toArray();
  return contacts.map(summarizeContact);
}

/** The people this contact suggested, by the referredBy index, in the order they were saved. */
export async function listReferredBy(db: RapportDb, url: string): Promise<ContactSummary[]> {
  const referred = await db.contacts.where('referredBy.url').equals(url).toArray();
  return referred.sort((a, b) => a.firstSavedAt - b.firstSavedAt).map(summarizeContact);
}

/** Adds a person known only by name and address; a later capture fills in their profile. */
export async function addContact(
  db: RapportDb,
  {
    url: rawUrl,
    name,
    referredBy,
  }: { url: string; name: string; referredBy?: { name: string; url?: string } },
  now: number,
): Promise<SaveProfileResult> {
  const url = canonicalProfileUrl(rawUrl);
  if (!url) throw new Error('That is not a LinkedIn profile address');
  return db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.get(url);
    if (existing) {
      if (referredBy && !existing.referredBy) await db.contacts.update(url, { referredBy, updatedAt: now });
      return { url, created: false, changes: [] };
    }
    const shown = name.trim() || url;
    const contact = newContact(emptyProfile(url, shown), now, referredBy ? { referredBy } : {});
    await db.contacts.add(contact);
    return { url, created: true, changes: [] };
  });
}

/**
 * Changes what the user keeps about a person. A new check-in cadence or referrer changes what is owed,
 * to them and to their old and new referrer, so those are recomputed in the same transaction.
 */
export async function updateContact(
  db: RapportDb,
  url: string,
  patch: ContactPatch,
  rules: FollowUpSettings,
  now: number,
): Promise<Contact> {
  return db.transaction('rw', REFRESH_TABLES, async () => {
    const contact = await db.contacts.get(url);
    if (!contact) throw new Error('That person is no longer saved');
    const next: Contact = { ...contact, updatedAt: now };
    for (const key of ['email', 'checkInDays', 'referredBy'] as const) {
      if (patch[key] === null) delete next[key];
      else if (patch[key] !== undefined) Object.assign(next, { [key]: patch[key] });
    }
    if (patch.tags) next.tags = [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))];
    if (patch.prep) next.prep = { ...contact.prep, ...patch.prep };
    await db.contacts.put(next);
    if (patch.checkInDays === undefined && patch.referredBy === undefined) return next;
    const referrers = new Set([contact.referredBy?.url, next.referredBy?.url]);
    for (const referrer of referrers)
      if (referrer && referrer !== url) await refreshContact(db, referrer, rules, now);
    return (await refreshContact(db, url, rules, now)) ?? next;
  });
}

/** Forgets a person: their profile history, conversations and follow-ups go with them. */
export async function deleteContact(db: RapportDb, url: string): Promise<{ deleted: true }> {
  await db.transaction(
    'rw',
    [db.contacts, db.snapshots, db.interactions, db.followUps, db.dueQueue],
    async () => {
      await db.contacts.delete(url);
      await db.dueQueue.where('contactUrl').equals(url).delete();
      await db.snapshots.where('contactUrl').equals(url).delete();
      await db.interactions.where('contactUrl').equals(url).delete();
      await db.followUps.where('contactUrl').equals(url).delete();
    },
  );
  return { deleted: true };
}
