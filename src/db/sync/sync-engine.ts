import type { DBCoreTransaction, Transaction } from 'dexie';
import * as Y from 'yjs';
import type { RapportDb } from '../database';
import { applyRemoteChanges, type ChangeCounts, type ChangedKeys } from './apply-remote';
import { compactDoc, isTombstoned, tableMap, tombstoneRecord, writeRecord } from './doc-records';
import { type LocalWriteSink, localWritesMiddleware } from './local-writes';
import { RECORD_RULES, SYNCED_TABLES, type SyncedTable } from './record-rules';
import { appendUpdates, clearSyncStore, loadDoc, type SyncStore } from './sync-store';

/** The origin of doc changes made from this device's own writes; anything else came from elsewhere. */
export const LOCAL_ORIGIN = Symbol('rapport-local');
const LOADED_ORIGIN = Symbol('rapport-loaded');

export interface SyncEngineOptions {
  db: RapportDb;
  store: SyncStore;
  now: () => number;
  /** Told after changes from other devices are in Dexie (the badge and alarms follow). */
  onRemoteApplied?: (counts: ChangeCounts) => Promise<void> | void;
  /** Told how many records this device's writes changed in the doc. */
  onLocalChanges?: (counts: ChangeCounts) => void;
}

export interface SyncEngine {
  /** The doc a connection shares; replaced by reset(). */
  readonly doc: Y.Doc;
  /** Loads the stored doc, starts mirroring writes and brings the doc and Dexie level. */
  start(): Promise<void>;
  /** Stops mirroring, forgets the doc and the sync settings; Dexie's data stays. */
  reset(): Promise<void>;
  /** Writes every record that differs from the doc into it, and applies what only the doc has. */
  reconcile(): Promise<void>;
  /** Folds deleted records out of the doc. */
  compact(): number;
  /** Resolves when every change seen so far is applied and stored. */
  idle(): Promise<void>;
  readonly active: boolean;
}

function addKey(keys: ChangedKeys, table: SyncedTable, key: string) {
  const set = keys.get(table) ?? new Set<string>();
  set.add(key);
  keys.set(table, set);
}

/**
 * Mirrors every synced table into one Y.Doc and back. Must be created before the database opens: it adds
 * the middleware that sees local writes. Changes from other devices are stored only after Dexie has them,
 * so after a restart anything the doc has that Dexie lacks is this device's own unsent work.
 */
export function createSyncEngine({
  db,
  store,
  now,
  onRemoteApplied,
  onLocalChanges,
}: SyncEngineOptions): SyncEngine {
  let doc = new Y.Doc();
  let active = false;
  const remoteTx = new WeakSet<object>();
  let pending: ChangedKeys = new Map();
  let remoteUpdates: Uint8Array[] = [];
  let localUpdates: Uint8Array[] = [];
  let chain: Promise<unknown> = Promise.resolve();
  let applyQueued = false;
  let persisting: Promise<unknown> = Promise.resolve();

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = chain.then(task);
    chain = run.catch(() => undefined);
    return run;
  };

  const applyPending = async () => {
    applyQueued = false;
    const changed = pending;
    const updates = remoteUpdates;
    pending = new Map();
    remoteUpdates = [];
    if (!changed.size) return;
    const counts = await applyRemoteChanges(
      db,
      doc,
      changed,
      (tx: Transaction) => remoteTx.add((tx as Transaction & { idbtrans: object }).idbtrans),
      now(),
    );
    await appendUpdates(store, updates);
    await onRemoteApplied?.(counts);
  };

  const note = (table: SyncedTable, key: string) => addKey(pending, table, key);
  const scheduleApply = () => {
    if (applyQueued) return;
    applyQueued = true;
    void enqueue(applyPending);
  };

  function attach(target: Y.Doc) {
    target.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOADED_ORIGIN) return;
      if (origin !== LOCAL_ORIGIN) {
        remoteUpdates.push(update);
        return;
      }
      localUpdates.push(update);
      if (localUpdates.length > 1) return;
      persisting = persisting.then(async () => {
        const batch = localUpdates;
        localUpdates = [];
        await appendUpdates(store, batch);
      });
    });
    for (const table of SYNCED_TABLES) {
      tableMap(target, table).observeDeep((events, tr) => {
        if (tr.origin === LOCAL_ORIGIN || tr.origin === LOADED_ORIGIN) return;
        for (const event of events) {
          if (event.path.length) note(table, String(event.path[0]));
          else for (const key of (event as Y.YMapEvent<unknown>).keysChanged) note(table, key);
        }
        scheduleApply();
      });
    }
  }
  attach(doc);

  const countBy = (table: SyncedTable, n: number) => {
    if (n) onLocalChanges?.({ [table]: n });
  };

  const sink: LocalWriteSink = {
    active: () => active,
    isRemote: (trans: DBCoreTransaction) => remoteTx.has(trans),
    tombstoned: (table, rows) =>
      rows.map((row) => {
        const key = RECORD_RULES[table].key(row);
        return key !== undefined && isTombstoned(doc, table, key);
      }),
    wrote: (table, rows, created) => {
      let n = 0;
      doc.transact(() => {
        rows.forEach((row, i) => {
          if (writeRecord(doc, table, row, created[i] ?? false) === 'written') n++;
        });
      }, LOCAL_ORIGIN);
      countBy(table, n);
    },
    deleted: (table, rows) => {
      let n = 0;
      doc.transact(() => {
        for (const row of rows) if (tombstoneRecord(doc, table, row)) n++;
      }, LOCAL_ORIGIN);
      countBy(table, n);
    },
  };
  db.use(localWritesMiddleware(sink));

  const reconcile = () =>
    enqueue(async () => {
      const fromDoc: ChangedKeys = new Map();
      const add = (table: SyncedTable, key: string) => addKey(fromDoc, table, key);
      await db.transaction('r', SYNCED_TABLES, async () => {
        for (const table of SYNCED_TABLES) {
          const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
          const waiting = pending.get(table);
          const seen = new Set<string>();
          let n = 0;
          doc.transact(() => {
            for (const row of rows) {
              const key = RECORD_RULES[table].key(row);
              if (key === undefined) continue;
              seen.add(key);
              if (waiting?.has(key)) continue;
              // Deleted elsewhere, and the delete not applied here yet: it will be.
              if (isTombstoned(doc, table, key)) add(table, key);
              else if (writeRecord(doc, table, row, false) === 'written') n++;
            }
          }, LOCAL_ORIGIN);
          countBy(table, n);
          for (const [key, entry] of tableMap(doc, table).entries())
            if (!seen.has(key) && entry.get('_deleted') !== true) add(table, key);
        }
      });
      for (const [table, keys] of fromDoc) for (const key of keys) note(table, key);
      if (fromDoc.size) await applyPending();
    });

  return {
    get doc() {
      return doc;
    },
    get active() {
      return active;
    },
    async start() {
      if (active) return;
      await loadDoc(store, doc, LOADED_ORIGIN);
      active = true;
      await reconcile();
    },
    async reset() {
      active = false;
      await chain;
      await persisting;
      doc.destroy();
      doc = new Y.Doc();
      attach(doc);
      pending = new Map();
      remoteUpdates = [];
      localUpdates = [];
      await clearSyncStore(store);
    },
    reconcile,
    compact: () => compactDoc(doc, LOCAL_ORIGIN),
    async idle() {
      for (let i = 0; i < 3; i++) {
        await chain;
        await persisting;
      }
    },
  };
}
