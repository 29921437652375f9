import { canonicalJson } from '../core/backup/canonical-json';
import { BACKUP_TABLES, type BackupTables, type ImportMode, planImport } from '../core/backup/plan-import';
import type { ImportSummary } from '../shared/protocol';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportFile,
  isImportBookkeeping,
  readBackup,
} from './backup-file';
import type { RapportDb } from './database';
import { refreshAllContacts, refreshedContacts } from './follow-up-store';
import { loadSettings } from './settings';
import { DERIVED_TABLES, LATEST_SCHEMA_VERSION, TABLES } from './versions';

export { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportFile } from './backup-file';

const header = (now: Date) => ({
  format: EXPORT_FORMAT,
  formatVersion: EXPORT_FORMAT_VERSION,
  exportedAt: now.toISOString(),
  schemaVersion: LATEST_SCHEMA_VERSION,
});

/** Everything Rapport stores, as one JSON-ready object (for small databases and tests; see writeExport). */
export async function exportDatabase(db: RapportDb, now: Date): Promise<ExportFile> {
  return db.transaction('r', TABLES, async () => {
    const [contacts, snapshots, interactions, followUps, templates, meta] = await Promise.all(
      TABLES.map((name) => db.table(name).toArray()),
    );
    return {
      ...header(now),
      tables: {
        contacts,
        snapshots,
        interactions,
        followUps,
        templates,
        meta: (meta ?? []).filter((m: { key: string }) => !isImportBookkeeping(m.key)),
      },
    } as ExportFile;
  });
}

export interface ExportSink {
  /** How many records the file will hold, told first (for a progress bar). */
  total(records: number): void;
  /** The next piece of the file's text and how many records it completes. */
  piece(text: string, records: number): void;
}

const PIECE_CHARS = 1 << 20;

/**
 * The export as JSON text in pieces of about a megabyte, one record a line, read with cursors in one read
 * transaction: the file is consistent and no single string (or message) has to hold all of it, so any size
 * exports. Keys are sorted (canonical-json.ts), so the same data is always the same text. The sink is
 * called synchronously from the cursor, which keeps the read transaction open.
 */
export async function writeExport(db: RapportDb, now: Date, sink: ExportSink): Promise<void> {
  await db.transaction('r', TABLES, async () => {
    const counts = await Promise.all(TABLES.map((name) => db.table(name).count()));
    sink.total(counts.reduce((a, b) => a + b, 0));
    let buffer = `${canonicalJson(header(now)).slice(0, -1)},"tables":{`;
    let records = 0;
    const add = (text: string) => {
      buffer += text;
      if (buffer.length >= PIECE_CHARS) {
        sink.piece(buffer, records);
        buffer = '';
        records = 0;
      }
    };
    for (const [t, name] of TABLES.entries()) {
      add(`${t ? ',' : ''}\n${JSON.stringify(name)}:[`);
      let first = true;
      await db.table(name).each((row: { key?: string }) => {
        if (name === 'meta' && row.key !== undefined && isImportBookkeeping(row.key)) return;
        records++;
        add(`${first ? '' : ','}\n${canonicalJson(row)}`);
        first = false;
      });
      add(']');
    }
    buffer += '}}\n';
    sink.piece(buffer, records);
  });
}

/** The whole export as text (tests and small databases). */
export async function exportText(db: RapportDb, now: Date): Promise<string> {
  const pieces: string[] = [];
  await writeExport(db, now, { total: () => {}, piece: (text) => pieces.push(text) });
  return pieces.join('');
}

export const IMPORT_RECEIPT_KEY = 'import:receipt';
interface ImportReceipt {
  importId: string;
  summary: ImportSummary;
}

async function currentTables(db: RapportDb): Promise<BackupTables> {
  const rows = await Promise.all(BACKUP_TABLES.map((name) => db.table(name).toArray()));
  const tables = Object.fromEntries(
    BACKUP_TABLES.map((name, i) => [name, rows[i]]),
  ) as unknown as BackupTables;
  tables.meta = tables.meta.filter((m) => !isImportBookkeeping(m.key));
  return tables;
}

/** What an import would change, computed without writing (the preview the user confirms). */
export async function previewImport(db: RapportDb, tables: BackupTables) {
  return db.transaction('r', TABLES, async () => {
    const current = await currentTables(db);
    return {
      replace: planImport(current, tables, 'replace').changes,
      merge: planImport(current, tables, 'merge').changes,
    };
  });
}

export interface ImportOptions {
  mode?: ImportMode;
  now: number;
  /** Names this import, so asking again after a lost reply gets the receipt instead of a second import. */
  importId?: string;
}

/** The receipt of an import already written, if this is the one named. */
export async function importReceipt(db: RapportDb, importId: string): Promise<ImportSummary | undefined> {
  const receipt = (await db.meta.get(IMPORT_RECEIPT_KEY))?.value as ImportReceipt | undefined;
  return receipt?.importId === importId ? receipt.summary : undefined;
}

/**
 * Writes checked backup tables in one transaction: the records, the follow-ups recomputed from them
 * (so Due and the badge are right at once) and a receipt. A worker stopped halfway leaves the database
 * as it was; one stopped after the commit leaves the receipt, which a retry with the same id returns.
 */
export async function writeImport(
  db: RapportDb,
  tables: BackupTables,
  { mode = 'replace', now, importId }: ImportOptions,
): Promise<ImportSummary> {
  return db.transaction('rw', [...TABLES, ...DERIVED_TABLES], async () => {
    if (importId) {
      const done = await importReceipt(db, importId);
      if (done) return done;
    }
    const plan = planImport(await currentTables(db), tables, mode);
    if (mode === 'replace') {
      for (const name of [...TABLES, ...DERIVED_TABLES]) await db.table(name).clear();
    }
    if (mode === 'replace') {
      // The file is the whole database: its follow-ups are worked out from it in memory, so each contact
      // is written once (a hundred thousand people make this matter).
      for (const name of TABLES) if (name !== 'contacts') await db.table(name).bulkPut(plan.write[name]);
      const { write } = plan;
      const { updated, queue } = refreshedContacts(
        write.contacts,
        write.interactions,
        write.followUps,
        (await loadSettings(db)).followUps,
        now,
      );
      await db.contacts.bulkPut(updated);
      await db.dueQueue.bulkPut(queue);
    } else {
      for (const name of TABLES) await db.table(name).bulkPut(plan.write[name]);
      // The imported follow-ups were computed by another install, perhaps with other settings.
      await refreshAllContacts(db, (await loadSettings(db)).followUps, now);
    }
    const counts = await Promise.all(TABLES.map((name) => db.table(name).count()));
    const count = (name: string) => counts[TABLES.indexOf(name as (typeof TABLES)[number])] ?? 0;
    const summary: ImportSummary = {
      contacts: count('contacts'),
      interactions: count('interactions'),
      snapshots: count('snapshots'),
      followUps: count('followUps'),
      templates: count('templates'),
    };
    if (importId) await db.meta.put({ key: IMPORT_RECEIPT_KEY, value: { importId, summary } });
    return summary;
  });
}

/**
 * Imports a whole file, or changes nothing: the file is checked in full (shape, limits, duplicate ids,
 * records of people it does not contain) before the first write, and the writes share one transaction.
 * The summary counts what is stored afterwards.
 */
export async function importDatabase(
  db: RapportDb,
  file: unknown,
  options: ImportOptions = { now: Date.now() },
): Promise<ImportSummary> {
  return writeImport(db, readBackup(file), options);
}

/** Erases every table in one transaction. */
export async function deleteAllData(db: RapportDb): Promise<{ deleted: true }> {
  await db.transaction('rw', [...TABLES, ...DERIVED_TABLES], async () => {
    for (const name of [...TABLES, ...DERIVED_TABLES]) await db.table(name).clear();
  });
  return { deleted: true };
}
