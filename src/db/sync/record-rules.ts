/**
 * How each table's records are kept in the shared Y.Doc: which key names a record on every device, which
 * fields are derived (recomputed after a change arrives, never sent), which are local to one device, and
 * which are free text merged character by character.
 */
export const SYNCED_TABLES = [
  'contacts',
  'snapshots',
  'interactions',
  'followUps',
  'templates',
  'meta',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

export interface RecordRule {
  /** The record's name in the Y.Doc; undefined for records that stay on this device. */
  key: (record: Record<string, unknown>) => string | undefined;
  /** Fields left out of the Y.Doc: derived from other records, or meaningful on this device only. */
  unsynced: readonly string[];
  /** Free text, kept as Y.Text so edits made on two devices at once both survive. */
  text: readonly string[];
}

const byField =
  (field: string) =>
  (record: Record<string, unknown>): string | undefined => {
    const value = record[field];
    return typeof value === 'string' && value ? value : undefined;
  };

/** Settings follow the user; which notifications were shown, or what the popup was opened for, do not. */
const SYNCED_META_KEYS = new Set(['settings']);

export const RECORD_RULES: Record<SyncedTable, RecordRule> = {
  // Stage, open follow-ups and the next due time are derived from interactions and decisions.
  contacts: { key: byField('url'), unsynced: ['stage', 'followUps', 'nextDueAt'], text: [] },
  // Snapshot ids count up on each device, so two devices would reuse them: a snapshot is named by whose
  // profile it is and when it was read.
  snapshots: {
    key: (r) =>
      typeof r.contactUrl === 'string' && typeof r.capturedAt === 'number'
        ? `${r.capturedAt} ${r.contactUrl}`
        : undefined,
    unsynced: ['id'],
    text: [],
  },
  interactions: { key: byField('id'), unsynced: [], text: ['note'] },
  followUps: { key: byField('id'), unsynced: [], text: [] },
  templates: { key: byField('id'), unsynced: [], text: ['body'] },
  meta: {
    key: (r) => (typeof r.key === 'string' && SYNCED_META_KEYS.has(r.key) ? r.key : undefined),
    unsynced: [],
    text: [],
  },
};

export function isSyncedTable(name: string): name is SyncedTable {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}
