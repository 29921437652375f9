import type { Transaction } from 'dexie';
import type * as Y from 'yjs';
import type { Contact } from '../../shared/contact';
import type { RapportDb } from '../database';
import { refreshAllContacts, refreshContact } from '../follow-up-store';
import { loadSettings } from '../settings';
import { readRecord } from './doc-records';
import { SYNCED_TABLES, type SyncedTable } from './record-rules';

export type ChangedKeys = Map<SyncedTable, Set<string>>;

/** How many records of each table an apply changed, for "what changed". */
export type ChangeCounts = Partial<Record<SyncedTable, number>>;

type Row = Record<string, unknown>;

const OWNED = ['snapshots', 'interactions', 'followUps'] as const;

/**
 * Copies records other devices changed from the doc into Dexie, then recomputes what they change in what
 * is owed through refreshContact, the code local writes use, so the badge and the Due list follow. A
 * record whose person is deleted is dropped with them: deleting a person deletes what anyone added to them.
 * `markRemote` tags the transaction so these writes are not sent back.
 */
export async function applyRemoteChanges(
  db: RapportDb,
  doc: Y.Doc,
  changed: ChangedKeys,
  markRemote: (tx: Transaction) => void,
  now: number,
): Promise<ChangeCounts> {
  const counts: ChangeCounts = {};
  const count = (table: SyncedTable) => {
    counts[table] = (counts[table] ?? 0) + 1;
  };
  let settingsChanged = false;
  await db.transaction('rw', [...SYNCED_TABLES, 'dueQueue'], async (tx) => {
    markRemote(tx);
    const affected = new Set<string>();
    const gone = new Set<string>();
    for (const key of changed.get('contacts') ?? []) {
      const incoming = readRecord(doc, 'contacts', key);
      const existing = await db.contacts.get(key);
      if (!incoming) {
        if (!existing) continue;
        gone.add(key);
        if (existing.referredBy?.url) affected.add(existing.referredBy.url);
      } else {
        const contact = {
          ...incoming,
          stage: existing?.stage ?? 'to-contact',
          followUps: existing?.followUps ?? [],
          ...(existing?.nextDueAt !== undefined ? { nextDueAt: existing.nextDueAt } : {}),
        } as Contact;
        await db.contacts.put(contact);
        affected.add(key);
        for (const referrer of [existing?.referredBy?.url, contact.referredBy?.url])
          if (referrer) affected.add(referrer);
      }
      count('contacts');
    }
    for (const url of gone) {
      await db.contacts.delete(url);
      await db.dueQueue.where('contactUrl').equals(url).delete();
      for (const table of OWNED) await db.table(table).where('contactUrl').equals(url).delete();
    }
    const personExists = async (url: unknown) =>
      typeof url === 'string' && !gone.has(url) && (await db.contacts.get(url)) !== undefined;

    for (const key of changed.get('snapshots') ?? []) {
      const incoming = readRecord(doc, 'snapshots', key);
      const [at, ...rest] = key.split(' ');
      const existing = await db.snapshots
        .where('[contactUrl+capturedAt]')
        .equals([rest.join(' '), Number(at)])
        .first();
      if (!incoming) {
        if (existing?.id !== undefined) await db.snapshots.delete(existing.id);
      } else if (await personExists(incoming.contactUrl)) {
        await db
          .table('snapshots')
          .put(existing?.id !== undefined ? { ...incoming, id: existing.id } : incoming);
      }
      count('snapshots');
    }
    for (const table of ['interactions', 'followUps'] as const) {
      for (const key of changed.get(table) ?? []) {
        const incoming = readRecord(doc, table, key);
        const existing = (await db.table(table).get(key)) as Row | undefined;
        if (typeof existing?.contactUrl === 'string') affected.add(existing.contactUrl);
        if (incoming && (await personExists(incoming.contactUrl))) {
          await db.table(table).put(incoming);
          affected.add(incoming.contactUrl as string);
        } else if (existing) {
          await db.table(table).delete(key);
        }
        count(table);
      }
    }
    for (const table of ['templates', 'meta'] as const) {
      for (const key of changed.get(table) ?? []) {
        const incoming = readRecord(doc, table, key);
        if (incoming) await db.table(table).put(incoming);
        else await db.table(table).delete(key);
        if (table === 'meta') settingsChanged = true;
        count(table);
      }
    }
    if (settingsChanged) return;
    const rules = (await loadSettings(db)).followUps;
    for (const url of affected) if (!gone.has(url)) await refreshContact(db, url, rules, now);
  });
  // New follow-up numbers move every due date; refreshAllContacts has a transaction of its own.
  if (settingsChanged) await refreshAllContacts(db, (await loadSettings(db)).followUps, now);
  return counts;
}
