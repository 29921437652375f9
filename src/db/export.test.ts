import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/support/test-db';
import {
  deleteAllData,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportDatabase,
  importDatabase,
} from './export';
import { TABLES } from './versions';

const fixture = JSON.parse(readFileSync(new URL('../../tests/fixtures/db/v1.json', import.meta.url), 'utf8'));

async function seeded() {
  const db = freshDb();
  await db.open();
  for (const table of TABLES) await db.table(table).bulkAdd(fixture.tables[table]);
  return db;
}

const withoutStamp = ({ exportedAt: _, ...rest }: { exportedAt: string }) => rest;

describe('export and import', () => {
  it('is lossless: export → wipe → import → export gives the same data', async () => {
    const db = await seeded();
    // The fixture's follow-ups were computed by hand; an import recomputes them, as Rapport would.
    await importDatabase(db, JSON.parse(JSON.stringify(await exportDatabase(db, new Date()))));
    const first = JSON.parse(JSON.stringify(await exportDatabase(db, new Date('2026-01-01T00:00:00Z'))));
    expect(first).toMatchObject({ format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION });
    await Promise.all(TABLES.map((t) => db.table(t).clear()));
    expect(await db.contacts.count()).toBe(0);
    await importDatabase(db, first);
    const second = JSON.parse(JSON.stringify(await exportDatabase(db, new Date('2026-02-01T00:00:00Z'))));
    expect(withoutStamp(second)).toEqual(withoutStamp(first));
    expect(second.tables.contacts).toHaveLength(fixture.tables.contacts.length);
  });

  it.each([
    ['not an object', 'hello'],
    ['another format', { format: 'something-else', formatVersion: 1 }],
    [
      'a contact with an invalid URL',
      {
        ...fixture,
        format: EXPORT_FORMAT,
        formatVersion: 1,
        exportedAt: '2026-01-01T00:00:00Z',
        tables: {
          ...fixture.tables,
          contacts: [{ ...fixture.tables.contacts[0], url: 'javascript:alert(1)' }],
        },
      },
    ],
  ])('rejects %s and changes nothing', async (_, file) => {
    const db = await seeded();
    await expect(importDatabase(db, file)).rejects.toThrow(/Not a Rapport export/);
    expect(await db.contacts.count()).toBe(fixture.tables.contacts.length);
    expect(await db.interactions.count()).toBe(fixture.tables.interactions.length);
  });

  it('refuses a file from a newer Rapport with a clear message', async () => {
    const db = await seeded();
    await expect(importDatabase(db, { format: EXPORT_FORMAT, formatVersion: 99 })).rejects.toThrow(
      /newer Rapport/,
    );
  });
});

describe('deleteAllData', () => {
  it('empties every table', async () => {
    const db = await seeded();
    await deleteAllData(db);
    for (const table of TABLES) expect(await db.table(table).count(), table).toBe(0);
  });
});
