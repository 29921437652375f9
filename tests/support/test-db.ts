import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, type RapportDb } from '../../src/db/database';
import type { SchemaVersion } from '../../src/db/versions';
import { emptyProfile, PROFILE_SECTIONS, type ProfileSnapshot } from '../../src/shared/profile';

/** A fresh in-memory database per test: its own IndexedDB factory, so tests never share state. */
export function freshDb(versions?: readonly SchemaVersion[], factory = new IDBFactory()): RapportDb {
  return openDatabase('rapport-test', { indexedDB: factory, IDBKeyRange }, versions);
}

export function profile(slug: string, name: string, extra: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return { ...emptyProfile(`https://www.linkedin.com/in/${slug}/`, name), ...extra };
}

export const fullReport = {
  layout: 'test',
  sections: Object.fromEntries(PROFILE_SECTIONS.map((s) => [s, { status: 'read' as const }])),
};
