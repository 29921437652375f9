import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Moves data written by the previous version into this version's shape. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every released schema, oldest first. A released entry is never edited: a change is a new entry with an
 * upgrade, and tests/fixtures/db/v<N>.json holds a database as version N wrote it, which the migration
 * test upgrades to the latest and checks for lost records.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      contacts: '&url, stage, nextDueAt, updatedAt, capturedAt, *tags, referredBy.url',
      snapshots: '++id, contactUrl, [contactUrl+capturedAt]',
      interactions: '&id, contactUrl, kind, at, [contactUrl+at]',
      followUps: '&id, contactUrl, status, dueAt',
      dueQueue: '&id, dueAt, contactUrl',
      templates: '&id, kind',
      meta: '&key',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/** The tables every version keeps; export and import walk these. */
export const TABLES = ['contacts', 'snapshots', 'interactions', 'followUps', 'templates', 'meta'] as const;

/**
 * Tables derived entirely from the others and rebuilt from them, so they are neither exported nor
 * checked by the migration test: dueQueue is the open follow-ups of every contact, small rows indexed
 * by when they need attention, so the due list reads only what is due.
 */
export const DERIVED_TABLES = ['dueQueue'] as const;
export type TableName = (typeof TABLES)[number];
