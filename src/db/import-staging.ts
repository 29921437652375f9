import type { BackupTable, BackupTables, ImportMode, TableChanges } from '../core/backup/plan-import';
import type { ImportSummary } from '../shared/protocol';
import { readBackup, readBackupHeader, readBackupRows } from './backup-file';
import type { RapportDb } from './database';
import { importReceipt, previewImport, writeImport } from './export';

/**
 * A file too large for one message arrives in parts, each kept in the meta table under
 * `import:part:<import id>:<n>` until the import is committed (in the same transaction) or abandoned
 * (cleared on the next start). Nothing is in the worker's memory between messages.
 */
const prefix = (importId: string) => `import:part:${importId}:`;
const STALE_MS = 60 * 60 * 1000;

interface StagedPart {
  table: string;
  rows: unknown[];
  at: number;
}

export async function stageImportPart(
  db: RapportDb,
  { importId, part, table, rows }: { importId: string; part: number; table: string; rows: unknown[] },
  now: number,
): Promise<{ stored: number }> {
  if (table === 'header') readBackupHeader(rows[0]);
  const checked = table === 'header' ? rows : readBackupRows(table, rows);
  const value: StagedPart = { table, rows: checked, at: now };
  await db.meta.put({ key: `${prefix(importId)}${String(part).padStart(6, '0')}`, value });
  return { stored: checked.length };
}

async function assemble(db: RapportDb, importId: string): Promise<BackupTables> {
  const parts = await db.meta.where('key').startsWith(prefix(importId)).toArray();
  const file = { tables: {} as Record<string, unknown[]> } as Record<string, unknown> & {
    tables: Record<string, unknown[]>;
  };
  for (const { value } of parts) {
    const { table, rows } = value as StagedPart;
    if (table === 'header') Object.assign(file, rows[0]);
    else file.tables[table] = (file.tables[table] ?? []).concat(rows);
  }
  for (const name of ['contacts', 'snapshots', 'interactions', 'followUps', 'templates', 'meta'])
    file.tables[name] ??= [];
  return readBackup(file);
}

export async function previewStagedImport(
  db: RapportDb,
  importId: string,
  mode: ImportMode,
): Promise<Record<BackupTable, TableChanges>> {
  return previewImport(db, await assemble(db, importId), mode);
}

/** Writes a staged file and drops its parts, in one transaction; asked again, returns the same receipt. */
export async function commitStagedImport(
  db: RapportDb,
  importId: string,
  mode: ImportMode,
  now: number,
): Promise<ImportSummary> {
  return db.transaction(
    'rw',
    [db.contacts, db.snapshots, db.interactions, db.followUps, db.templates, db.meta, db.dueQueue],
    async () => {
      const done = await importReceipt(db, importId);
      if (done) return done;
      const tables = await assemble(db, importId);
      await db.meta.where('key').startsWith(prefix(importId)).delete();
      return writeImport(db, tables, { mode, now, importId });
    },
  );
}

export async function cancelStagedImport(db: RapportDb, importId: string): Promise<{ cancelled: true }> {
  await db.meta.where('key').startsWith(prefix(importId)).delete();
  return { cancelled: true };
}

/** Parts of imports never committed (the page was closed) are rolled back when the worker starts. */
export async function clearStaleImports(db: RapportDb, now: number): Promise<void> {
  const parts = await db.meta.where('key').startsWith('import:part:').toArray();
  const stale = parts.filter((p) => now - (p.value as StagedPart).at > STALE_MS).map((p) => p.key);
  if (stale.length) await db.meta.bulkDelete(stale);
}
