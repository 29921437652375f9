import type { Contact, SnapshotRecord } from '../../shared/contact';
import type { FollowUpRecord, Interaction } from '../../shared/interaction';
import { sameData } from '../../shared/same-data';
import type { Template } from '../../shared/template';

export interface BackupTables {
  contacts: Contact[];
  snapshots: SnapshotRecord[];
  interactions: Interaction[];
  followUps: FollowUpRecord[];
  templates: Template[];
  meta: { key: string; value: unknown }[];
}
export type BackupTable = keyof BackupTables;
export const BACKUP_TABLES: readonly BackupTable[] = [
  'contacts',
  'snapshots',
  'interactions',
  'followUps',
  'templates',
  'meta',
];

/** Replace: the file becomes the data. Merge: the file's records join what is stored, nothing is deleted. */
export type ImportMode = 'replace' | 'merge';

export interface TableChanges {
  /** In the file, not stored: written. */
  added: number;
  /** In both, the file's is the newer edit: written over the stored one. */
  updated: number;
  /** In both, and the stored one stays (the same, or the newer edit). */
  kept: number;
  /** Stored, not in the file: deleted by a replace, kept by a merge. */
  removed: number;
}

export interface ImportPlan {
  mode: ImportMode;
  changes: Record<BackupTable, TableChanges>;
  /** What to write; for a replace, every table is emptied first. */
  write: BackupTables;
}

type Row = BackupTables[BackupTable][number];

const keyOf: Record<BackupTable, (row: never) => string> = {
  contacts: (c: Contact) => c.url,
  // Snapshot ids are numbered by each install: one capture is the same person at the same moment.
  snapshots: (s: SnapshotRecord) => `${s.contactUrl}\n${s.capturedAt}`,
  interactions: (i: Interaction) => i.id,
  followUps: (f: FollowUpRecord) => f.id,
  templates: (t: Template) => t.id,
  meta: (m: { key: string }) => m.key,
};

/** When a record was last edited, where it says; a record that does not say is never replaced by a merge. */
const editedAt: Partial<Record<BackupTable, (row: never) => number>> = {
  contacts: (c: Contact) => Math.max(c.updatedAt, c.capturedAt),
  followUps: (f: FollowUpRecord) => f.updatedAt,
  templates: (t: Template) => t.updatedAt,
};

function planTable(table: BackupTable, current: readonly Row[], incoming: readonly Row[], mode: ImportMode) {
  const key = keyOf[table] as (row: Row) => string;
  const stored = new Map(current.map((row) => [key(row), row]));
  const inFile = new Set<string>();
  const changes: TableChanges = { added: 0, updated: 0, kept: 0, removed: 0 };
  const write: Row[] = [];
  const edited = editedAt[table] as ((row: Row) => number) | undefined;
  for (const row of incoming) {
    const k = key(row);
    inFile.add(k);
    const mine = stored.get(k);
    if (mode === 'replace') {
      write.push(row);
      if (!mine) changes.added++;
      else if (sameData(mine, row)) changes.kept++;
      else changes.updated++;
      continue;
    }
    if (!mine) {
      changes.added++;
      // A merged snapshot takes a new number here: the file's may be another snapshot's.
      if (table === 'snapshots') {
        const { id: _, ...rest } = row as SnapshotRecord;
        write.push(rest as Row);
      } else write.push(row);
    } else if (edited && edited(row) > edited(mine) && !sameData(mine, row)) {
      changes.updated++;
      write.push(table === 'snapshots' ? ({ ...row, id: (mine as SnapshotRecord).id } as Row) : row);
    } else changes.kept++;
  }
  for (const k of stored.keys()) {
    if (!inFile.has(k)) {
      if (mode === 'replace') changes.removed++;
      else changes.kept++;
    }
  }
  return { changes, write };
}

/**
 * What importing a file would do, worked out before anything is written, so the user sees it first.
 * A merge keeps every stored record and takes the file's only where it is new or its edit is newer.
 */
export function planImport(current: BackupTables, incoming: BackupTables, mode: ImportMode): ImportPlan {
  const changes = {} as Record<BackupTable, TableChanges>;
  const write = {} as Record<BackupTable, Row[]>;
  for (const table of BACKUP_TABLES) {
    const planned = planTable(table, current[table], incoming[table], mode);
    changes[table] = planned.changes;
    write[table] = planned.write;
  }
  return { mode, changes, write: write as unknown as BackupTables };
}
