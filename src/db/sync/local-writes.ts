import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { isSyncedTable, type SyncedTable } from './record-rules';

type Row = Record<string, unknown>;

/** Where Rapport's own writes go while sync is on (see sync-engine.ts). */
export interface LocalWriteSink {
  active(): boolean;
  /** Writes that apply changes from other devices: not sent back. */
  isRemote(trans: DBCoreTransaction): boolean;
  /** Which of these records the doc holds as deleted; a write to one is a new record only if this device had none. */
  tombstoned(table: SyncedTable, rows: readonly Row[]): boolean[];
  wrote(table: SyncedTable, rows: readonly Row[], created: readonly boolean[]): void;
  deleted(table: SyncedTable, rows: readonly Row[]): void;
}

/**
 * A Dexie middleware that hands every committed-to write on a synced table to the sink, whatever code made
 * it (a put, a where().delete(), a clear()), so no feature has to remember to sync. It reads a deleted
 * record before it goes, since a snapshot is named in the doc by its fields, not its local id.
 */
export function localWritesMiddleware(sink: LocalWriteSink): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'rapport-sync-local-writes',
    create: (down) => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        if (!isSyncedTable(name)) return table;
        const keyPath = table.schema.primaryKey.keyPath as string;
        return { ...table, mutate: (req) => mirrored(table, name, keyPath, req, sink) };
      },
    }),
  };
}

async function mirrored(
  table: DBCoreTable,
  name: SyncedTable,
  keyPath: string,
  req: DBCoreMutateRequest,
  sink: LocalWriteSink,
) {
  if (!sink.active() || sink.isRemote(req.trans)) return table.mutate(req);
  if (req.type === 'delete' || req.type === 'deleteRange') {
    const rows: Row[] =
      req.type === 'delete'
        ? (await table.getMany({ trans: req.trans, keys: req.keys })).filter(Boolean)
        : (
            await table.query({
              trans: req.trans,
              values: true,
              query: { index: table.schema.primaryKey, range: req.range },
            })
          ).result;
    const response = await table.mutate(req);
    sink.deleted(name, rows);
    return response;
  }
  const rows = req.values as Row[];
  const tombstoned = sink.tombstoned(name, rows);
  let created = rows.map(() => req.type === 'add');
  if (req.type === 'put' && tombstoned.some(Boolean)) {
    const keys = rows.map((row, i) => (tombstoned[i] ? row[keyPath] : undefined));
    const asked = keys.filter((k) => k !== undefined);
    const found = await table.getMany({ trans: req.trans, keys: asked });
    const had = new Set<unknown>(asked.filter((_, i) => found[i] !== undefined));
    created = rows.map((_, i) => Boolean(tombstoned[i]) && !had.has(keys[i]));
  }
  const response = await table.mutate(req);
  const stored = rows.map((row, i) =>
    row[keyPath] === undefined && response.results ? { ...row, [keyPath]: response.results[i] } : row,
  );
  sink.wrote(
    name,
    stored.filter((_, i) => !response.failures[i]),
    created.filter((_, i) => !response.failures[i]),
  );
  return response;
}
