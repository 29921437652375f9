import { existsSync, readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportDatabase, importDatabase } from '../../src/db/export';
import { SCHEMA_VERSIONS, TABLES } from '../../src/db/versions';
import { freshDb } from '../support/test-db';

interface DbFixture {
  schemaVersion: number;
  tables: Record<(typeof TABLES)[number], Record<string, unknown>[]>;
}

const fixturePath = (version: number) => new URL(`../fixtures/db/v${version}.json`, import.meta.url);
const load = (version: number): DbFixture => JSON.parse(readFileSync(fixturePath(version), 'utf8'));

describe('database migrations', () => {
  it('has a fixture database for every released schema version', () => {
    for (const { version } of SCHEMA_VERSIONS)
      expect(existsSync(fixturePath(version)), `v${version}.json`).toBe(true);
  });

  describe.each(SCHEMA_VERSIONS.map((s) => s.version))('from schema v%i', (version) => {
    it('upgrades to the latest schema without losing a record', async () => {
      const fixture = load(version);
      const factory = new IDBFactory();
      const old = freshDb(
        SCHEMA_VERSIONS.filter((s) => s.version <= version),
        factory,
      );
      await old.open();
      for (const table of TABLES) await old.table(table).bulkAdd(fixture.tables[table]);
      old.close();

      const upgraded = freshDb(undefined, factory);
      await upgraded.open();
      for (const table of TABLES) {
        expect(await upgraded.table(table).count(), table).toBe(fixture.tables[table].length);
      }
      const contactUrls = (await upgraded.contacts.toArray()).map((c) => c.url).sort();
      expect(contactUrls).toEqual(fixture.tables.contacts.map((c) => c.url).sort());

      // The upgraded data must still pass the importer's validation: export it and import it elsewhere.
      const file = await exportDatabase(upgraded, new Date(0));
      const copy = freshDb();
      await expect(importDatabase(copy, file)).resolves.toMatchObject({
        contacts: fixture.tables.contacts.length,
        interactions: fixture.tables.interactions.length,
      });
    });
  });
});
