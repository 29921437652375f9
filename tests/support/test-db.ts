import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, type RapportDb } from '../../src/db/database';
import { newContact } from '../../src/db/new-contact';
import { saveCapture } from '../../src/db/save-capture';
import type { SchemaVersion } from '../../src/db/versions';
import type { Contact } from '../../src/shared/contact';
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

/** A contact as the database makes it, from a profile built with `profile`. */
export function contactOf(
  slug: string,
  name: string,
  now: number,
  extra: Partial<ProfileSnapshot> = {},
  more: Partial<Contact> = {},
): Contact {
  return newContact(profile(slug, name, extra), now, more);
}

/**
 * Saves `profile(slug, name, extra)` as a capture from its profile page would, so a test starts from data
 * a user could have.
 */
export function capturePerson(
  db: RapportDb,
  slug: string,
  name: string,
  now: number,
  extra: Partial<ProfileSnapshot> = {},
) {
  return saveCapture(db, {
    profile: profile(slug, name, extra),
    report: fullReport,
    pageUrl: `https://www.linkedin.com/in/${slug}/`,
    now,
  });
}

/** A fresh database holding one person, captured from their profile page at `now`. */
export async function dbWithPerson(slug: string, name: string, now: number): Promise<RapportDb> {
  const db = freshDb();
  await capturePerson(db, slug, name, now);
  return db;
}
