import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSyncServer, startSyncServer } from '../../scripts/lib/sync-server';
import { addContact } from '../../src/db/contacts';
import { tableMap } from '../../src/db/sync/doc-records';
import { syncSide } from '../support/sync-sides';

const TOKEN = 'a secret for the batching test';
const NOW = Date.UTC(2026, 2, 3, 9, 0, 0);
const now = () => NOW;

let server: RunningSyncServer;
beforeAll(async () => {
  server = await startSyncServer({ port: 0, token: TOKEN, file: ':memory:' });
});
afterAll(async () => {
  await server.close();
});

const people = (n: number) => Array.from({ length: n }, (_, i) => `https://www.linkedin.com/in/batch-${i}/`);

describe('local writes reach the sync doc in batches', () => {
  it('many writes close together are a few Yjs transactions, not one each', async () => {
    const side = await syncSide(server.url, TOKEN, now, 'batching');
    let transactions = 0;
    side.engine.doc.on('afterTransaction', () => transactions++);
    await Promise.all(people(200).map((url, i) => addContact(side.db, { url, name: `Person ${i}` }, NOW)));
    await side.engine.idle();
    expect(tableMap(side.engine.doc, 'contacts').size).toBe(200);
    expect(transactions).toBeLessThan(20);
  });

  it('loses nothing when the worker stops before a batch went into the doc', async () => {
    const factory = new IDBFactory();
    const side = await syncSide(server.url, TOKEN, now, 'stopped', factory);
    for (const [i, url] of people(5).entries()) await addContact(side.db, { url, name: `Person ${i}` }, NOW);
    // Stopped at once, as a service worker may be: no idle(), the batch still waiting.
    side.db.close();
    const again = await syncSide(server.url, TOKEN, now, 'stopped', factory);
    await again.engine.idle();
    expect(tableMap(again.engine.doc, 'contacts').size).toBe(5);
  });
});
