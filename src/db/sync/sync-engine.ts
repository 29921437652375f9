import type { DBCoreTransaction, Transaction } from 'dexie';
import * as Y from 'yjs';
import type { RapportDb } from '../database';
import { applyRemoteChanges, type ChangeCounts, type ChangedKeys } from './apply-remote';
import { compactDoc, isTombstoned, tableMap, tombstoneRecord, writeRecord } from './doc-records';
import { type LocalWriteSink, localWritesMiddleware } from './local-writes';
import { RECORD_RULES, SYNCED_TABLES, type SyncedTable } from './record-rules';
import { appendUpdates, clearSyncStore, loadDoc, type SyncStore } from './sync-store';

/** Local writes wait this long for more before they go into the doc as one batch... */
const BATCH_QUIET_MS = 100;
/** ...and no longer than this under a steady stream of writes. */
const BATCH_MAX_MS = 1_000;

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
  /** How long local writes wait for more (quiet, and at most); tests make it long so only flushes send. */
  batchMs?: { quiet: number; max: number };
}

export interface SyncEngine {
  /** The doc a connection shares (with every local write in it: reading it flushes); replaced by reset(). */
  readonly doc: Y.Doc;
  /**
   * Puts the local writes still waiting into the doc. A connection calls it before it applies anything
   * from the server: a waiting record written after remote changes are in the doc would read as undoing
   * them (a note's text is merged against what the doc held when it was edited here).
   */
  flush(): void;
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
  batchMs = { quiet: BATCH_QUIET_MS, max: BATCH_MAX_MS },
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
    flushWrites();
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

  // Local writes reach the doc in batches: one Yjs transaction (one update stored, one message to the
  // server) for the writes of the last moments, not one each. They are already committed to Dexie, so a
  // batch lost with a stopped worker is not lost: start()'s reconcile writes whatever differs into the
  // doc. Every path that reads, sends or merges into the doc flushes first (the doc getter, flush() before
  // remote updates, reconcile, compact, idle, reset). Not batched, so that reconcile never misreads them:
  // deletes (a record missing from Dexie but in the doc reads as one to fetch back) and a record made
  // again after its delete (one in Dexie but deleted in the doc reads as a delete to apply).
  let waiting = new Map<SyncedTable, Map<string, { row: Record<string, unknown>; created: boolean }>>();
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let firstWaitingAt = 0;
  function flushWrites() {
    if (flushTimer !== undefined) clearTimeout(flushTimer);
    flushTimer = undefined;
    if (!waiting.size) return;
    const batch = waiting;
    waiting = new Map();
    const counts = new Map<SyncedTable, number>();
    doc.transact(() => {
      for (const [table, rows] of batch)
        for (const { row, created } of rows.values())
          if (writeRecord(doc, table, row, created) === 'written')
            counts.set(table, (counts.get(table) ?? 0) + 1);
    }, LOCAL_ORIGIN);
    for (const [table, n] of counts) countBy(table, n);
  }
  const queueWrite = (table: SyncedTable, key: string, row: Record<string, unknown>, created: boolean) => {
    // Real time, not the domain clock (`now`, which tests fix): this is about how often the doc changes.
    if (flushTimer === undefined) firstWaitingAt = Date.now();
    const rows = waiting.get(table) ?? new Map();
    waiting.set(table, rows);
    rows.set(key, { row, created: created || (rows.get(key)?.created ?? false) });
    if (flushTimer !== undefined) clearTimeout(flushTimer);
    // Quiet for a moment, or waiting too long under a steady stream: either sends the batch.
    flushTimer = setTimeout(flushWrites, Date.now() - firstWaitingAt >= batchMs.max ? 0 : batchMs.quiet);
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
      const now: Record<string, unknown>[] = [];
      const nowCreated: boolean[] = [];
      rows.forEach((row, i) => {
        const key = RECORD_RULES[table].key(row);
        const madeAgain = key === undefined || (created[i] && isTombstoned(doc, table, key));
        if (!madeAgain) queueWrite(table, key, row, created[i] ?? false);
        else {
          now.push(row);
          nowCreated.push(created[i] ?? false);
        }
      });
      if (!now.length) return;
      flushWrites();
      let n = 0;
      doc.transact(() => {
        now.forEach((row, i) => {
          if (writeRecord(doc, table, row, nowCreated[i] ?? false) === 'written') n++;
        });
      }, LOCAL_ORIGIN);
      countBy(table, n);
    },
    deleted: (table, rows) => {
      flushWrites();
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
      flushWrites();
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
      flushWrites();
      return doc;
    },
    flush: flushWrites,
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
      flushWrites();
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
    compact: () => {
      flushWrites();
      return compactDoc(doc, LOCAL_ORIGIN);
    },
    async idle() {
      flushWrites();
      for (let i = 0; i < 3; i++) {
        await chain;
        await persisting;
      }
    },
  };
}
