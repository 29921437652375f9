import type { SyncChange, SyncStatus } from '../../shared/sync';
import type { ChangeCounts } from './apply-remote';
import { type ConnectOptions, connectDoc, documentNameFor, type SyncConnection } from './connection';
import type { SyncEngine } from './sync-engine';
import { readState, type SyncStore, writeState } from './sync-store';

interface SyncConfig {
  url: string;
  token: string;
}

const CONFIG = 'config';
const LAST_SYNCED = 'lastSyncedAt';
const CHANGES = 'changes';
/** "What changed" lists this many entries. */
const KEPT_CHANGES = 10;
/** Local writes a few moments apart are one entry in "what changed". */
const MERGE_WINDOW_MS = 5_000;

export interface SyncServiceOptions {
  engine: SyncEngine;
  store: SyncStore;
  now: () => number;
  /** Tests and the benchmark pass the `ws` package's WebSocket (Node 20 has none). */
  WebSocketPolyfill?: unknown;
  connect?: (doc: SyncEngine['doc'], options: ConnectOptions) => SyncConnection;
}

export interface SyncService {
  /** On every start of the background: reconnects if sync is on, does nothing (and no network) if not. */
  resume(): Promise<void>;
  enable(url: string, token: string): Promise<SyncStatus>;
  /** Brings the doc and Dexie level and waits (a while) for the server to confirm. */
  syncNow(timeoutMs?: number): Promise<SyncStatus>;
  /** Disconnects and forgets the server, the secret and the doc; contacts and notes stay. */
  stop(): Promise<SyncStatus>;
  /**
   * Folds deleted records out of the doc. Safe once every browser has synced since the deletes: one
   * that edits a record before it hears of the delete would otherwise bring the record back.
   */
  compact(): Promise<number>;
  status(): Promise<SyncStatus>;
  /** Record changes, for "what changed" (the engine reports them). */
  noteChanges(from: SyncChange['from'], counts: ChangeCounts): Promise<void>;
}

/**
 * Sync's lifecycle. Everything that must outlive a stopped worker (the server, the secret, the doc's
 * updates, when it last synced) is in the sync store; only the open socket is in memory, and resume()
 * opens it again when the worker starts.
 */
export function createSyncService(options: SyncServiceOptions): SyncService {
  const { engine, store, now } = options;
  const connect = options.connect ?? connectDoc;
  let connection: SyncConnection | undefined;
  let state: SyncStatus['connection'] = 'off';
  let error: string | undefined;
  let resuming: Promise<void> | undefined;
  let changesWrite: Promise<unknown> = Promise.resolve();

  const markSynced = () => writeState(store, LAST_SYNCED, now());

  async function open(config: SyncConfig) {
    connection?.close();
    await engine.start();
    state = 'connecting';
    error = undefined;
    connection = connect(engine.doc, {
      url: config.url,
      token: config.token,
      documentName: await documentNameFor(config.token),
      beforeIncoming: engine.flush,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
      onSynced: () => void markSynced(),
      onStatus: (status) => {
        if (state !== 'refused') state = status;
      },
      onAuthenticationFailed: () => {
        state = 'refused';
        error = 'The server refused the secret.';
      },
    });
  }

  async function status(): Promise<SyncStatus> {
    const config = await readState<SyncConfig>(store, CONFIG);
    const lastSyncedAt = await readState<number>(store, LAST_SYNCED);
    return {
      enabled: config !== undefined,
      ...(config ? { url: config.url } : {}),
      connection: config ? state : 'off',
      ...(lastSyncedAt !== undefined ? { lastSyncedAt } : {}),
      changes: (await readState<SyncChange[]>(store, CHANGES)) ?? [],
      ...(error ? { error } : {}),
    };
  }

  const service: SyncService = {
    resume() {
      resuming ??= (async () => {
        const config = await readState<SyncConfig>(store, CONFIG);
        if (config && !connection) await open(config);
      })().finally(() => {
        resuming = undefined;
      });
      return resuming;
    },
    async enable(url, token) {
      await writeState(store, CONFIG, { url, token } satisfies SyncConfig);
      await open({ url, token });
      return service.syncNow(3_000);
    },
    async syncNow(timeoutMs = 5_000) {
      const config = await readState<SyncConfig>(store, CONFIG);
      if (!config) throw new Error('Sync is off: set a server first.');
      if (!connection || state === 'disconnected' || state === 'refused') await open(config);
      await engine.reconcile();
      const current = connection;
      if (current) {
        await Promise.race([current.synced, new Promise((r) => setTimeout(r, timeoutMs))]);
        await engine.idle();
        if (current.isSynced()) await markSynced();
      }
      return status();
    },
    async stop() {
      connection?.close();
      connection = undefined;
      state = 'off';
      error = undefined;
      await changesWrite;
      await engine.reset();
      return status();
    },
    async compact() {
      if (!(await readState<SyncConfig>(store, CONFIG))) throw new Error('Sync is off.');
      await engine.start();
      const removed = engine.compact();
      await engine.idle();
      return removed;
    },
    status,
    noteChanges(from, counts) {
      const entries = Object.entries(counts).filter(([, n]) => n);
      if (!entries.length) return Promise.resolve();
      const write = changesWrite.then(async () => {
        const at = now();
        const list = (await readState<SyncChange[]>(store, CHANGES)) ?? [];
        const [latest] = list;
        // Writes a few moments apart (a capture, then its follow-ups) are one entry.
        const merge = latest !== undefined && latest.from === from && at - latest.at < MERGE_WINDOW_MS;
        const counts: Record<string, number> = merge ? { ...latest.counts } : {};
        for (const [table, n] of entries) counts[table] = (counts[table] ?? 0) + (n ?? 0);
        const next: SyncChange = { at, from, counts };
        const kept = merge ? list.slice(1) : list;
        await writeState(store, CHANGES, [next, ...kept].slice(0, KEPT_CHANGES));
        if (from === 'elsewhere' && connection?.isSynced()) await markSynced();
      });
      changesWrite = write.catch(() => undefined);
      return write;
    },
  };
  return service;
}
