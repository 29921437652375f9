import { timingSafeEqual } from 'node:crypto';
import { Server } from '@hocuspocus/server';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

export interface SyncServerOptions {
  port: number;
  /** Only loopback by default: put a TLS proxy in front to reach it from other machines. */
  address?: string;
  /** The shared secret every device must present. */
  token: string;
  /** The SQLite file the docs are kept in; ':memory:' for tests. */
  file: string;
  quiet?: boolean;
}

export interface RunningSyncServer {
  url: string;
  port: number;
  /** Devices connected now. */
  connections(): number;
  close(): Promise<void>;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Hocuspocus's persistence as a small extension over better-sqlite3: each doc is one row holding its
 * whole state, read when the first device opens it and written (debounced by Hocuspocus) after changes.
 */
function sqlitePersistence(file: string) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)');
  const read = db.prepare<[string], { data: Buffer }>('SELECT data FROM documents WHERE name = ?');
  const write = db.prepare(
    'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data',
  );
  return {
    db,
    extension: {
      async onLoadDocument({ documentName, document }: { documentName: string; document: Y.Doc }) {
        const row = read.get(documentName);
        if (row) Y.applyUpdate(document, new Uint8Array(row.data));
      },
      async onStoreDocument({ documentName, document }: { documentName: string; document: Y.Doc }) {
        write.run(documentName, Buffer.from(Y.encodeStateAsUpdate(document)));
      },
    },
  };
}

export async function startSyncServer({
  port,
  address = '127.0.0.1',
  token,
  file,
  quiet = true,
}: SyncServerOptions): Promise<RunningSyncServer> {
  if (!token) throw new Error('A sync server needs a secret (RAPPORT_SYNC_TOKEN)');
  const persistence = sqlitePersistence(file);
  const server = new Server({
    port,
    address,
    quiet,
    stopOnSignals: false,
    debounce: 500,
    maxDebounce: 5000,
    extensions: [persistence.extension],
    async onAuthenticate({ token: given }) {
      if (!sameSecret(given, token)) throw new Error('Wrong secret');
    },
  });
  await server.listen();
  const bound = server.address.port;
  return {
    url: `ws://${address}:${bound}`,
    port: bound,
    connections: () => server.hocuspocus.getConnectionsCount(),
    close: async () => {
      await server.destroy();
      persistence.db.close();
    },
  };
}
