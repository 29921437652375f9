import type { Interaction } from '../shared/interaction';
import { canonicalProfileUrl } from '../shared/profile-url';
import type { JournalEntry, NewInteraction } from '../shared/protocol';
import type { FollowUpSettings } from '../shared/settings';
import { addContact } from './contacts';
import type { RapportDb } from './database';
import { REFRESH_TABLES, refreshContact } from './follow-up-store';
import { addSuggestedPerson } from './referral-contacts';
import { searchIndex } from './search';

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
    } else if (input.kind === 'referral-made' && input.referral?.name.trim() && !input.referral.url) {
      await addSuggestedPerson(
        db,
        { name: input.referral.name, ...(input.referral.company ? { company: input.referral.company } : {}) },
        contact,
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

/**
 * Notes from every conversation, newest first: what people advised, in one place. With a query, the
 * notes the search finds (in their words or in the name of who gave them), best match first.
 */
export async function listJournal(
  db: RapportDb,
  { limit, offset = 0, query = '' }: { limit: number; offset?: number; query?: string },
): Promise<JournalEntry[]> {
  if (query.trim()) {
    const hits = (await searchIndex(db)).searchNotes(query).slice(offset, offset + limit);
    const found = await db.interactions.bulkGet(hits.map((h) => h.interactionId));
    return withNames(
      db,
      found.filter((i) => i !== undefined),
    );
  }
  const notes = db.interactions
    .orderBy('at')
    .reverse()
    .filter((i) => Boolean(i.note?.trim()));
  return withNames(db, await notes.offset(offset).limit(limit).toArray());
}

async function withNames(db: RapportDb, found: Interaction[]): Promise<JournalEntry[]> {
  const contacts = await db.contacts.bulkGet([...new Set(found.map((i) => i.contactUrl))]);
  const names = new Map(contacts.filter((c) => c !== undefined).map((c) => [c.url, c.name]));
  return found.map((interaction) => ({ interaction, contactName: names.get(interaction.contactUrl) ?? '' }));
}
