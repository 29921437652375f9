import * as Y from 'yjs';
import { RECORD_RULES, SYNCED_TABLES, type SyncedTable } from './record-rules';

/**
 * The Y.Doc holds one Y.Map per table, from a record's sync key to a Y.Map of its fields, so two devices
 * that change different fields of one record both keep their change. A deleted record keeps its entry
 * with a tombstone: an edit made elsewhere before the delete was seen lands on the tombstone and stays
 * deleted (delete wins), until compactDoc folds tombstones away.
 */
export const TOMBSTONE = '_deleted';

type Fields = Y.Map<unknown>;

export const tableMap = (doc: Y.Doc, table: SyncedTable) => doc.getMap<Fields>(table);

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (a instanceof Uint8Array || b instanceof Uint8Array) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Turns the text into `next` with one delete and one insert between their common ends. */
function editText(text: Y.Text, next: string): boolean {
  const old = text.toString();
  if (old === next) return false;
  let start = 0;
  while (start < old.length && start < next.length && old[start] === next[start]) start++;
  let end = 0;
  while (
    end < old.length - start &&
    end < next.length - start &&
    old[old.length - 1 - end] === next[next.length - 1 - end]
  )
    end++;
  if (old.length - start - end > 0) text.delete(start, old.length - start - end);
  if (next.length - start - end > 0) text.insert(start, next.slice(start, next.length - end));
  return true;
}

export type WriteOutcome = 'written' | 'unchanged' | 'tombstoned';

/**
 * Writes a record's synced fields into the doc, touching only those that differ. A tombstoned record is
 * left deleted unless `create` says this device made it anew.
 */
export function writeRecord(
  doc: Y.Doc,
  table: SyncedTable,
  record: Record<string, unknown>,
  create: boolean,
): WriteOutcome {
  const rule = RECORD_RULES[table];
  const key = rule.key(record);
  if (key === undefined) return 'unchanged';
  const map = tableMap(doc, table);
  let entry = map.get(key);
  if (entry?.get(TOMBSTONE) === true && !create) return 'tombstoned';
  let changed = false;
  if (!entry) {
    entry = map.set(key, new Y.Map());
    changed = true;
  } else if (entry.has(TOMBSTONE)) {
    entry.delete(TOMBSTONE);
    changed = true;
  }
  for (const [field, value] of Object.entries(record)) {
    if (rule.unsynced.includes(field)) continue;
    if (value === undefined) {
      if (!entry.has(field)) continue;
      entry.delete(field);
      changed = true;
    } else if (rule.text.includes(field) && typeof value === 'string') {
      let text = entry.get(field);
      if (!(text instanceof Y.Text)) {
        text = entry.set(field, new Y.Text());
        changed = true;
      }
      changed = editText(text as Y.Text, value) || changed;
    } else if (!equal(entry.get(field), value)) {
      entry.set(field, value);
      changed = true;
    }
  }
  for (const field of [...entry.keys()]) {
    if (field in record || rule.unsynced.includes(field)) continue;
    entry.delete(field);
    changed = true;
  }
  return changed ? 'written' : 'unchanged';
}

/** Marks a record deleted on every device; its fields stay until compactDoc. */
export function tombstoneRecord(doc: Y.Doc, table: SyncedTable, record: Record<string, unknown>): boolean {
  const key = RECORD_RULES[table].key(record);
  if (key === undefined) return false;
  const map = tableMap(doc, table);
  const entry = map.get(key);
  if (!entry) return false;
  if (entry.get(TOMBSTONE) === true) return false;
  entry.set(TOMBSTONE, true);
  return true;
}

export function isTombstoned(doc: Y.Doc, table: SyncedTable, key: string): boolean {
  return tableMap(doc, table).get(key)?.get(TOMBSTONE) === true;
}

/** The record as the doc holds it, or undefined when it is absent or deleted. */
export function readRecord(doc: Y.Doc, table: SyncedTable, key: string): Record<string, unknown> | undefined {
  const entry = tableMap(doc, table).get(key);
  if (!entry || entry.get(TOMBSTONE) === true) return undefined;
  const record: Record<string, unknown> = {};
  for (const [field, value] of entry.entries()) {
    if (field === TOMBSTONE) continue;
    record[field] = value instanceof Y.Text ? value.toString() : value;
  }
  return record;
}

/** Removes every tombstone from the doc; returns how many records it folded away. */
export function compactDoc(doc: Y.Doc, origin: unknown): number {
  let removed = 0;
  doc.transact(() => {
    for (const table of SYNCED_TABLES) {
      const map = tableMap(doc, table);
      for (const [key, entry] of [...map.entries()]) {
        if (entry.get(TOMBSTONE) === true) {
          map.delete(key);
          removed++;
        }
      }
    }
  }, origin);
  return removed;
}
