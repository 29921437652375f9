import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Contact, SnapshotRecord } from '../shared/contact';
import type { FollowUp, FollowUpRecord, Interaction } from '../shared/interaction';
import type { Template } from '../shared/template';
import { DB_NAME } from './read-only/db-name';
import { SCHEMA_VERSIONS, type SchemaVersion } from './versions';

/** Small records that are not a list of things: the settings, the set of notified follow-ups. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/** One open follow-up in the due queue (see versions.ts). */
export interface DueQueueRow {
  id: string;
  contactUrl: string;
  contactName: string;
  /** When it needs attention: its due time, or the end of its snooze. */
  dueAt: number;
  followUp: FollowUp;
}

export type RapportDb = Dexie & {
  contacts: EntityTable<Contact, 'url'>;
  snapshots: EntityTable<SnapshotRecord, 'id'>;
  interactions: EntityTable<Interaction, 'id'>;
  followUps: EntityTable<FollowUpRecord, 'id'>;
  templates: EntityTable<Template, 'id'>;
  meta: EntityTable<MetaRecord, 'key'>;
  dueQueue: EntityTable<DueQueueRow, 'id'>;
};

/**
 * Opens Rapport's database with the given schema versions (all released ones by default). Tests pass
 * fake-indexeddb through `options` and a prefix of the versions to build old databases.
 */
export function openDatabase(
  name = DB_NAME,
  options?: DexieOptions,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): RapportDb {
  const db = new Dexie(name, options) as RapportDb;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}
