import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import WebSocket from 'ws';
import { openDatabase, type RapportDb } from '../../src/db/database';
import { exportDatabase } from '../../src/db/export';
import { connectDoc, documentNameFor, type SyncConnection } from '../../src/db/sync/connection';
import { createSyncEngine, type SyncEngine } from '../../src/db/sync/sync-engine';
import { openSyncStore, type SyncStore } from '../../src/db/sync/sync-store';

/** One device: its own IndexedDB, Rapport's database, the sync engine, and a connection it can drop. */
export interface SyncSide {
  db: RapportDb;
  engine: SyncEngine;
  store: SyncStore;
  connect(): Promise<void>;
  disconnect(): void;
  /** Connected, and the server has every change this side made. */
  isSynced(): boolean;
  /** Stops and starts again from what is stored, as a stopped service worker does. */
  restart(): Promise<SyncSide>;
}

/** `room` keeps one test's devices apart from another's on the one server: it names the shared doc. */
export async function syncSide(
  url: string,
  token: string,
  now: () => number,
  room = '',
  factory = new IDBFactory(),
): Promise<SyncSide> {
  const options = { indexedDB: factory, IDBKeyRange };
  const db = openDatabase('rapport', options);
  const store = openSyncStore('rapport-sync', options);
  const engine = createSyncEngine({ db, store, now });
  await db.open();
  await engine.start();
  let connection: SyncConnection | undefined;
  const name = await documentNameFor(`${token}${room}`);
  const side: SyncSide = {
    db,
    engine,
    store,
    async connect() {
      connection = connectDoc(engine.doc, {
        url,
        token,
        documentName: name,
        WebSocketPolyfill: WebSocket,
        beforeIncoming: engine.flush,
      });
      await connection.synced;
    },
    isSynced: () => connection?.isSynced() ?? false,
    disconnect() {
      connection?.close();
      connection = undefined;
    },
    async restart() {
      side.disconnect();
      await engine.idle();
      db.close();
      return syncSide(url, token, now, room, factory);
    },
  };
  return side;
}

/** An export with what is only this device's left out: snapshot ids count up per device, rows come in any order. */
export async function comparableExport(db: RapportDb) {
  const { tables } = await exportDatabase(db, new Date(0));
  const sorted = <T>(rows: T[]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return {
    contacts: sorted(tables.contacts),
    snapshots: sorted(tables.snapshots.map(({ id: _id, ...rest }) => rest)),
    interactions: sorted(tables.interactions),
    followUps: sorted(tables.followUps),
    templates: sorted(tables.templates),
    meta: sorted(tables.meta.filter((m) => m.key === 'settings')),
  };
}

/** Polls until `check` passes or the time is up, then runs it once more so a failure says why. */
export async function eventually(check: () => Promise<void>, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      await check();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  await check();
}
