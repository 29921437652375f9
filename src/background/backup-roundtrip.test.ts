import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupFile } from '../../tests/support/backup-arbitraries';
import { freshDb } from '../../tests/support/test-db';
import { exportText, importDatabase } from '../db/export';
import { TABLES } from '../db/versions';

const NOW = Date.UTC(2026, 5, 1);

describe('backups', () => {
  it('restore whatever the database can hold: export → wipe → import → export is byte-identical', async () => {
    await fc.assert(
      fc.asyncProperty(backupFile, async (file) => {
        const db = freshDb();
        // Every valid database imports (the import recomputes what is derived, as the writers do).
        await importDatabase(db, file, { now: NOW });
        const first = await exportText(db, new Date(NOW));
        await Promise.all(TABLES.map((t) => db.table(t).clear()));
        await importDatabase(db, JSON.parse(first), { now: NOW });
        expect(await exportText(db, new Date(NOW))).toBe(first);
        db.close();
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
