import { canonicalProfileUrl } from '../shared/profile-url';
import type { ContactSummary, ContactView } from '../shared/protocol';
import type { RapportDb } from './database';

export async function getContactView(db: RapportDb, rawUrl: string): Promise<ContactView | null> {
  const url = canonicalProfileUrl(rawUrl);
  if (!url) return null;
  const contact = await db.contacts.get(url);
  if (!contact) return null;
  const snapshotCount = await db.snapshots.where('contactUrl').equals(url).count();
  return { contact, snapshotCount };
}

/** The most recently changed contacts, newest first, read through the updatedAt index. */
export async function listRecentContacts(db: RapportDb, limit: number): Promise<ContactSummary[]> {
  const contacts = await db.contacts.orderBy('updatedAt').reverse().limit(limit).toArray();
  return contacts.map(({ url, name, profile, stage, capturedAt, updatedAt, nextDueAt }) => ({
    url,
    name,
    ...(profile.headline ? { headline: profile.headline } : {}),
    stage,
    capturedAt,
    updatedAt,
    ...(nextDueAt !== undefined ? { nextDueAt } : {}),
  }));
}
