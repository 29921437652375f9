import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import * as Y from 'yjs';

/**
 * Sync keeps its own small database beside Rapport's: the Y.Doc's updates (so changes made offline are
 * sent later, after the worker was stopped) and the sync settings and status. Nothing here is exported
 * or synced: the secret stays on this device, and stopping sync deletes it all without touching the data.
 */
export interface UpdateRow {
  seq?: number;
  update: Uint8Array;
}

export interface StateRow {
  key: string;
  value: unknown;
}

export type SyncStore = Dexie & {
  updates: EntityTable<UpdateRow, 'seq'>;
  state: EntityTable<StateRow, 'key'>;
};

export const SYNC_DB_NAME = 'rapport-sync';

export function openSyncStore(name = SYNC_DB_NAME, options?: DexieOptions): SyncStore {
  const store = new Dexie(name, options) as SyncStore;
  store.version(1).stores({ updates: '++seq', state: '&key' });
  return store;
}

/** Past this many stored updates, loading folds them into one. */
const COMPACT_AFTER = 200;

/** Applies every stored update to the doc, folding them into one when there are many. */
export async function loadDoc(store: SyncStore, doc: Y.Doc, origin: unknown): Promise<void> {
  const rows = await store.updates.orderBy('seq').toArray();
  if (!rows.length) return;
  doc.transact(() => {
    for (const row of rows) Y.applyUpdate(doc, row.update);
  }, origin);
  if (rows.length <= COMPACT_AFTER) return;
  const last = rows[rows.length - 1]?.seq ?? 0;
  await store.transaction('rw', store.updates, async () => {
    await store.updates.where('seq').belowOrEqual(last).delete();
    await store.updates.add({ update: Y.encodeStateAsUpdate(doc) });
  });
}

export async function appendUpdates(store: SyncStore, updates: Uint8Array[]): Promise<void> {
  if (!updates.length) return;
  await Dexie.ignoreTransaction(() =>
    store.updates.bulkAdd(
      updates.length === 1 ? [{ update: updates[0]! }] : [{ update: Y.mergeUpdates(updates) }],
    ),
  );
}

export async function readState<T>(store: SyncStore, key: string): Promise<T | undefined> {
  return (await Dexie.ignoreTransaction(() => store.state.get(key)))?.value as T | undefined;
}

export async function writeState(store: SyncStore, key: string, value: unknown): Promise<void> {
  await Dexie.ignoreTransaction(() => store.state.put({ key, value }));
}

/** Forgets the doc and the sync settings; Rapport's own data is untouched. */
export async function clearSyncStore(store: SyncStore): Promise<void> {
  await store.transaction('rw', store.updates, store.state, async () => {
    await store.updates.clear();
    await store.state.clear();
  });
}
