import {
  BACKUP_TABLES,
  type BackupTables,
  type ImportMode,
  type TableChanges,
} from '../core/backup/plan-import';
import type { ImportSummary } from '../shared/protocol';
import { checkIntegrity, isImportBookkeeping, readBackupHeader, readBackupRows } from './backup-file';
import type { RapportDb } from './database';
import { importReceipt, previewImport, writeImport } from './export';

/**
 * A file too large for one message arrives in parts, each checked as it arrives and kept in the meta table
 * under `import:part:<import id>:<n>` until the import is committed (in the same transaction) or abandoned.
 * Asking to commit first writes `import:pending:<import id>`: if the worker stops before the commit's
 * transaction completes, nothing of it was written, and the next start finishes it from the parts. So the
 * page, asking again, always gets the receipt of what was written. Nothing is in the worker's memory.
 */
const partPrefix = (importId: string) => `import:part:${importId}:`;
const pendingKey = (importId: string) => `import:pending:${importId}`;
const STALE_MS = 60 * 60 * 1000;

interface StagedPart {
  table: string;
  rows: unknown[];
  at: number;
}
interface PendingImport {
  importId: string;
  mode: ImportMode;
  at: number;
}

export async function stageImportPart(
  db: RapportDb,
  { importId, part, table, rows }: { importId: string; part: number; table: string; rows: unknown[] },
  now: number,
): Promise<{ stored: number }> {
  if (table === 'header') readBackupHeader(rows[0]);
  const checked = table === 'header' ? rows.slice(0, 1) : readBackupRows(table, rows);
  const value: StagedPart = { table, rows: checked, at: now };
  await db.meta.put({ key: `${partPrefix(importId)}${String(part).padStart(6, '0')}`, value });
  return { stored: checked.length };
}

/** The staged file's tables; each part was checked on arrival, so only the whole-file checks remain. */
async function assemble(db: RapportDb, importId: string): Promise<BackupTables> {
  const parts = await db.meta.where('key').startsWith(partPrefix(importId)).toArray();
  if (!parts.some((p) => (p.value as StagedPart).table === 'header')) {
    throw new Error('This import is no longer staged; choose the file again');
  }
  const tables = Object.fromEntries(BACKUP_TABLES.map((name) => [name, [] as unknown[]])) as Record<
    string,
    unknown[]
  >;
  for (const { value } of parts) {
    const { table, rows } = value as StagedPart;
    if (table !== 'header') for (const row of rows) tables[table]?.push(row);
  }
  tables.meta = (tables.meta as { key: string }[]).filter((m) => !isImportBookkeeping(m.key));
  const file = tables as unknown as BackupTables;
  checkIntegrity(file);
  return file;
}

export async function previewStagedImport(
  db: RapportDb,
  importId: string,
): Promise<Record<ImportMode, Record<keyof BackupTables, TableChanges>>> {
  return previewImport(db, await assemble(db, importId));
}

/** Writes a staged file and drops its parts, in one transaction; asked again, returns the same receipt. */
export async function commitStagedImport(
  db: RapportDb,
  importId: string,
  mode: ImportMode,
  now: number,
): Promise<ImportSummary> {
  const pending: PendingImport = { importId, mode, at: now };
  // The mark is written only while no receipt exists, in one transaction: a worker restarted by the page's
  // retry may finish this import on start (`recoverImports`) while it also answers the retry, and a mark
  // written after that finish would stay behind for ever.
  const done = await db.transaction('rw', db.meta, async () => {
    const receipt = await importReceipt(db, importId);
    if (!receipt) await db.meta.put({ key: pendingKey(importId), value: pending });
    return receipt;
  });
  return done ?? finishImport(db, pending, now);
}

async function finishImport(db: RapportDb, { importId, mode }: PendingImport, now: number) {
  return db.transaction(
    'rw',
    [db.contacts, db.snapshots, db.interactions, db.followUps, db.templates, db.meta, db.dueQueue],
    async () => {
      const done = await importReceipt(db, importId);
      if (done) {
        await db.meta.delete(pendingKey(importId));
        return done;
      }
      const tables = await assemble(db, importId);
      const summary = await writeImport(db, tables, { mode, now, importId });
      await db.meta.where('key').startsWith(partPrefix(importId)).delete();
      await db.meta.delete(pendingKey(importId));
      return summary;
    },
  );
}

export async function cancelStagedImport(db: RapportDb, importId: string): Promise<{ cancelled: true }> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.where('key').startsWith(partPrefix(importId)).delete();
    await db.meta.delete(pendingKey(importId));
  });
  return { cancelled: true };
}

/**
 * Run when the worker starts: an import the user committed but the worker did not finish is finished
 * (or, if its parts no longer make a valid file, dropped); parts of imports never committed (the page
 * was closed) are rolled back after an hour.
 */
export async function recoverImports(db: RapportDb, now: number): Promise<void> {
  const pending = await db.meta.where('key').startsWith('import:pending:').toArray();
  for (const { value } of pending) {
    const job = value as PendingImport;
    await finishImport(db, job, now).catch(() => cancelStagedImport(db, job.importId));
  }
  const parts = await db.meta.where('key').startsWith('import:part:').toArray();
  const stale = parts.filter((p) => now - (p.value as StagedPart).at > STALE_MS).map((p) => p.key);
  if (stale.length) await db.meta.bulkDelete(stale);
}
