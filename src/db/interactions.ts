import type { Interaction } from '../shared/interaction';
import { canonicalProfileUrl } from '../shared/profile-url';
import type { JournalEntry, NewInteraction } from '../shared/protocol';
import type { FollowUpSettings } from '../shared/settings';
import { addContact } from './contacts';
import type { RapportDb } from './database';
import { REFRESH_TABLES, refreshContact } from './follow-up-store';

const TABLES = [...REFRESH_TABLES, 'snapshots'] as const;

function newId(): string {
  return crypto.randomUUID();
}

/**
 * Records an interaction and, in the same transaction, everything derived from it. A referral with a
 * LinkedIn address also adds the referred person to the list, remembering who suggested them.
 */
export async function logInteraction(
  db: RapportDb,
  input: NewInteraction,
  settings: FollowUpSettings,
  now: number,
): Promise<Interaction> {
  return db.transaction('rw', TABLES, async () => {
    const contact = await db.contacts.get(input.contactUrl);
    if (!contact) throw new Error('Save this person before logging a conversation with them');
    const interaction: Interaction = { ...input, id: newId() };
    await db.interactions.add(interaction);
    const referredUrl = input.referral?.url ? canonicalProfileUrl(input.referral.url) : undefined;
    if (input.kind === 'referral-made' && input.referral && referredUrl && referredUrl !== contact.url) {
      await addContact(
        db,
        { url: referredUrl, name: input.referral.name, referredBy: { name: contact.name, url: contact.url } },
        now,
      );
    }
    await refreshContact(db, contact.url, settings, now);
    return interaction;
  });
}

export async function updateInteraction(
  db: RapportDb,
  interaction: Interaction,
  settings: FollowUpSettings,
  now: number,
): Promise<Interaction> {
  return db.transaction('rw', TABLES, async () => {
    const existing = await db.interactions.get(interaction.id);
    if (!existing) throw new Error('That interaction no longer exists');
    if (existing.contactUrl !== interaction.contactUrl)
      throw new Error('An interaction cannot move to another person');
    await db.interactions.put(interaction);
    await refreshContact(db, interaction.contactUrl, settings, now);
    return interaction;
  });
}

export async function deleteInteraction(
  db: RapportDb,
  id: string,
  settings: FollowUpSettings,
  now: number,
): Promise<{ deleted: true }> {
  return db.transaction('rw', TABLES, async () => {
    const existing = await db.interactions.get(id);
    if (!existing) return { deleted: true };
    await db.interactions.delete(id);
    await refreshContact(db, existing.contactUrl, settings, now);
    return { deleted: true };
  });
}

/** One contact's interactions, newest first, through the [contactUrl+at] index. */
export async function listInteractions(db: RapportDb, contactUrl: string): Promise<Interaction[]> {
  return db.interactions
    .where('[contactUrl+at]')
    .between([contactUrl, -Infinity], [contactUrl, Infinity])
    .reverse()
    .toArray();
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Notes from every conversation, newest first: what people advised, in one place. With a query, each of
 * its words must appear in the note or in the name of the person who gave it.
 */
export async function listJournal(
  db: RapportDb,
  { limit, offset = 0, query = '' }: { limit: number; offset?: number; query?: string },
): Promise<JournalEntry[]> {
  const words = fold(query).split(/\s+/).filter(Boolean);
  let notes = db.interactions
    .orderBy('at')
    .reverse()
    .filter((i) => Boolean(i.note?.trim()));
  if (words.length) {
    // Which people each word names, found once, so the notes can be filtered without a lookup each.
    const named = new Map(words.map((w) => [w, new Set<string>()]));
    await db.contacts.each((c) => {
      const name = fold(c.name);
      for (const [w, urls] of named) if (name.includes(w)) urls.add(c.url);
    });
    notes = notes.and((i) => {
      const note = fold(i.note ?? '');
      return words.every((w) => note.includes(w) || named.get(w)?.has(i.contactUrl));
    });
  }
  const found = await notes.offset(offset).limit(limit).toArray();
  const contacts = await db.contacts.bulkGet([...new Set(found.map((i) => i.contactUrl))]);
  const names = new Map(contacts.filter((c) => c !== undefined).map((c) => [c.url, c.name]));
  return found.map((interaction) => ({ interaction, contactName: names.get(interaction.contactUrl) ?? '' }));
}
