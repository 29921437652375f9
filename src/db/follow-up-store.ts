import { badgeState, dueList } from '../core/follow-ups/due-list';
import type { ReferredContactMet } from '../core/follow-ups/follow-up-rules';
import { computeFollowUps, effectiveDueAt, isOverdue, nextDueAt } from '../core/follow-ups/follow-ups';
import { deriveStage } from '../core/follow-ups/stage';
import type { Contact } from '../shared/contact';
import type { FollowUp, FollowUpRecord, Interaction } from '../shared/interaction';
import type { DueItem } from '../shared/protocol';
import type { FollowUpSettings } from '../shared/settings';
import type { DueQueueRow, RapportDb } from './database';

/** The tables a recompute reads and writes; every transaction that calls refreshContact includes them. */
export const REFRESH_TABLES = ['contacts', 'interactions', 'followUps', 'dueQueue'] as const;

const MET_STAGES = new Set<Contact['stage']>(['met', 'thanked', 'in-touch']);

async function referredContactsMet(db: RapportDb, referrerUrl: string): Promise<ReferredContactMet[]> {
  const referred = await db.contacts.where('referredBy.url').equals(referrerUrl).toArray();
  const met: ReferredContactMet[] = [];
  for (const contact of referred) {
    if (!MET_STAGES.has(contact.stage)) continue;
    // The first meeting, in time order through the [contactUrl+at] index.
    const held = await db.interactions
      .where('[contactUrl+at]')
      .between([contact.url, -Infinity], [contact.url, Infinity])
      .filter((i) => i.kind === 'meeting-held')
      .first();
    if (held) met.push({ url: contact.url, name: contact.name, metAt: held.at });
  }
  return met;
}

/**
 * Recomputes what is derived from a contact's interactions and decisions (stage, open follow-ups, next
 * due time, the due queue) and stores it. The one place these are written; callers run it in the
 * transaction that changed the interactions, so the derived data is never stale.
 */
export async function refreshContact(
  db: RapportDb,
  url: string,
  settings: FollowUpSettings,
  now: number,
): Promise<Contact | undefined> {
  const contact = await db.contacts.get(url);
  if (!contact) return undefined;
  const [interactions, records, referred] = await Promise.all([
    db.interactions.where('contactUrl').equals(url).toArray(),
    db.followUps.where('contactUrl').equals(url).toArray(),
    referredContactsMet(db, url),
  ]);
  const followUps = computeFollowUps({
    contact,
    interactions,
    records,
    settings,
    now,
    referredContactsMet: referred,
  });
  const stage = deriveStage(interactions);
  const next = nextDueAt(followUps);
  const updated: Contact = { ...contact, stage, followUps };
  if (next === undefined) delete updated.nextDueAt;
  else updated.nextDueAt = next;
  await db.contacts.put(updated);
  await db.dueQueue.where('contactUrl').equals(url).delete();
  await db.dueQueue.bulkPut(followUps.map((followUp) => queueRow(contact, followUp)));
  // Meeting a referred person owes their referrer a thank-you: the referrer's follow-ups change too.
  const referrer = contact.referredBy?.url;
  if (referrer && referrer !== url && stage !== contact.stage) {
    await refreshContact(db, referrer, settings, now);
  }
  return updated;
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Recomputes every contact, after the follow-up settings change or an import. Reads each table once and
 * writes in bulk: a contact at a time would take minutes at 10,000 contacts.
 */
export async function refreshAllContacts(
  db: RapportDb,
  settings: FollowUpSettings,
  now: number,
): Promise<number> {
  return db.transaction('rw', REFRESH_TABLES, async () => {
    const [contacts, interactions, records] = await Promise.all([
      db.contacts.toArray(),
      db.interactions.toArray(),
      db.followUps.toArray(),
    ]);
    const { updated, queue } = refreshedContacts(contacts, interactions, records, settings, now);
    await db.contacts.bulkPut(updated);
    await db.dueQueue.clear();
    await db.dueQueue.bulkPut(queue);
    return contacts.length;
  });
}

/**
 * Every contact with its stage and follow-ups worked out from the given records, and the due queue's rows:
 * what refreshAllContacts writes, computed without reading (an import already holds the records).
 */
export function refreshedContacts(
  contacts: readonly Contact[],
  interactions: readonly Interaction[],
  records: readonly FollowUpRecord[],
  settings: FollowUpSettings,
  now: number,
): { updated: Contact[]; queue: DueQueueRow[] } {
  {
    const byContact = group(interactions, (i) => i.contactUrl);
    const recordsOf = group(records, (r) => r.contactUrl);
    const stages = new Map(contacts.map((c) => [c.url, deriveStage(byContact.get(c.url) ?? [])]));
    const referred = group(
      contacts.filter((c) => c.referredBy?.url && MET_STAGES.has(stages.get(c.url) ?? 'to-contact')),
      (c) => c.referredBy?.url ?? '',
    );
    const updated: Contact[] = [];
    const queue: DueQueueRow[] = [];
    for (const contact of contacts) {
      const own = byContact.get(contact.url) ?? [];
      const met: ReferredContactMet[] = [];
      for (const r of referred.get(contact.url) ?? []) {
        const held = (byContact.get(r.url) ?? [])
          .filter((i) => i.kind === 'meeting-held')
          .sort((a, b) => a.at - b.at)[0];
        if (held) met.push({ url: r.url, name: r.name, metAt: held.at });
      }
      const followUps = computeFollowUps({
        contact,
        interactions: own,
        records: recordsOf.get(contact.url) ?? [],
        settings,
        now,
        referredContactsMet: met,
      });
      const next = nextDueAt(followUps);
      const fresh: Contact = { ...contact, stage: stages.get(contact.url) ?? 'to-contact', followUps };
      if (next === undefined) delete fresh.nextDueAt;
      else fresh.nextDueAt = next;
      updated.push(fresh);
      for (const followUp of followUps) queue.push(queueRow(contact, followUp));
    }
    return { updated, queue };
  }
}

const queueRow = (contact: Contact, followUp: FollowUp): DueQueueRow => ({
  id: followUp.id,
  contactUrl: contact.url,
  contactName: contact.name,
  dueAt: effectiveDueAt(followUp),
  followUp,
});

/** The open follow-ups that need attention by the end of today: one range read of the due queue's index. */
export async function dueFollowUps(
  db: RapportDb,
  now: number,
): Promise<{ followUps: FollowUp[]; names: Map<string, string> }> {
  const endOfDay = new Date(now);
  endOfDay.setHours(23, 59, 59, 999);
  const rows = await db.dueQueue.where('dueAt').belowOrEqual(endOfDay.getTime()).toArray();
  const names = new Map(rows.map((r) => [r.contactUrl, r.contactName]));
  return {
    followUps: dueList(
      rows.map((r) => r.followUp),
      now,
    ),
    names,
  };
}

export async function listDue(db: RapportDb, now: number): Promise<DueItem[]> {
  const { followUps, names } = await dueFollowUps(db, now);
  return followUps.map((followUp) => ({
    followUp,
    contactName: names.get(followUp.contactUrl) ?? followUp.contactUrl,
    overdue: isOverdue(followUp, now),
  }));
}

export async function dueBadge(db: RapportDb, now: number): Promise<{ count: number; overdue: boolean }> {
  return badgeState((await dueFollowUps(db, now)).followUps, now);
}

/** The earliest moment after `now` at which a follow-up needs attention, for the one-shot alarm. */
export async function nextDueAfter(db: RapportDb, now: number): Promise<number | undefined> {
  return (await db.dueQueue.where('dueAt').above(now).first())?.dueAt;
}
