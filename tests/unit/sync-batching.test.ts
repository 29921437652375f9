// Local writes reach the sync doc in batches. A write still waiting when the server's changes arrive must
// go into the doc first: written after them, it reads as undoing them (a note merges character by
// character against what the doc held). These devices exchange updates by hand, without a server, so
// the moment a message arrives is the test's choice, not the network's.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from '../../src/db/database';
import { logInteraction, updateInteraction } from '../../src/db/interactions';
import { saveCapture } from '../../src/db/save-capture';
import { loadSettings } from '../../src/db/settings';
import { tableMap } from '../../src/db/sync/doc-records';
import { createSyncEngine } from '../../src/db/sync/sync-engine';
import { openSyncStore } from '../../src/db/sync/sync-store';
import { fullReport, profile } from '../support/test-db';

const NOW = Date.UTC(2026, 2, 3, 9, 0, 0);
const ADA = 'https://www.linkedin.com/in/ada/';
/** Longer than any test: a batch goes into the doc only when something flushes it. */
const NEVER_BY_ITSELF = { quiet: 600_000, max: 600_000 };

async function device(factory = new IDBFactory()) {
  const options = { indexedDB: factory, IDBKeyRange };
  const db = openDatabase('rapport', options);
  const store = openSyncStore('rapport-sync', options);
  const engine = createSyncEngine({ db, store, now: () => NOW, batchMs: NEVER_BY_ITSELF });
  await db.open();
  await engine.start();
  // Held as a connection holds it: reading engine.doc again would flush.
  const doc = engine.doc;
  const rules = async () => (await loadSettings(db)).followUps;
  return { db, engine, doc, rules, factory };
}

/** Two devices that share a contact and a note, then each edit the note while apart. */
async function editedApart() {
  const a = await device();
  const b = await device();
  const person = profile('ada', 'Ada Lovelace');
  await saveCapture(a.db, { profile: person, report: fullReport, pageUrl: person.url, now: NOW });
  const note = await logInteraction(
    a.db,
    { contactUrl: ADA, kind: 'note', at: NOW - 1000, note: 'Talk to the analytics team.' },
    await a.rules(),
    NOW,
  );
  a.engine.flush();
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc), 'server');
  await b.engine.idle();
  expect((await b.db.interactions.get(note.id))?.note).toBe('Talk to the analytics team.');

  await updateInteraction(
    a.db,
    { ...note, note: 'First: talk to the analytics team.' },
    await a.rules(),
    NOW,
  );
  await updateInteraction(
    b.db,
    { ...note, note: 'Talk to the analytics team. Then Sam.' },
    await b.rules(),
    NOW,
  );
  b.engine.flush();
  // A's edit is in its database and still waiting for the doc: the race's starting point.
  const text = tableMap(a.doc, 'interactions').get(String(note.id))?.get('note');
  expect(String(text)).toBe('Talk to the analytics team.');
  expect((await a.db.interactions.get(note.id))?.note).toBe('First: talk to the analytics team.');
  return { a, b, id: note.id, fromB: Y.encodeStateAsUpdate(b.doc) };
}

describe('local writes batched into the sync doc', () => {
  it('keep an edit made while apart when the other device’s changes arrive first', async () => {
    const { a, id, fromB } = await editedApart();
    // What a connection does with each message from the server (connection.ts, beforeIncoming).
    a.engine.flush();
    Y.applyUpdate(a.doc, fromB, 'server');
    await a.engine.idle();
    expect((await a.db.interactions.get(id))?.note).toBe('First: talk to the analytics team. Then Sam.');
    expect(String(tableMap(a.doc, 'interactions').get(String(id))?.get('note'))).toBe(
      'First: talk to the analytics team. Then Sam.',
    );
  });

  it('would lose the other device’s edit if the waiting batch went in after the server’s changes', async () => {
    // The race itself, so that the test above is known to reach it: the merge undoes " Then Sam.".
    const { a, id, fromB } = await editedApart();
    Y.applyUpdate(a.doc, fromB, 'server');
    a.engine.flush();
    await a.engine.idle();
    expect((await a.db.interactions.get(id))?.note).not.toBe('First: talk to the analytics team. Then Sam.');
  });

  it('puts every write of a burst into the doc as one update, and a restart rebuilds a batch the worker lost', async () => {
    const a = await device();
    const person = profile('ada', 'Ada Lovelace');
    await saveCapture(a.db, { profile: person, report: fullReport, pageUrl: person.url, now: NOW });
    a.engine.flush();
    let updates = 0;
    a.doc.on('update', () => updates++);
    for (let i = 0; i < 20; i++)
      await logInteraction(
        a.db,
        { contactUrl: ADA, kind: 'note', at: NOW - i, note: `n${i}` },
        await a.rules(),
        NOW,
      );
    expect(updates).toBe(0);
    a.engine.flush();
    expect(updates).toBe(1);
    expect(tableMap(a.doc, 'interactions').size).toBe(20);

    // A worker stopped with a batch waiting: the writes are in Dexie, and the next start puts them in.
    for (let i = 0; i < 3; i++)
      await logInteraction(
        a.db,
        { contactUrl: ADA, kind: 'note', at: NOW + i, note: `late ${i}` },
        await a.rules(),
        NOW,
      );
    a.db.close();
    const again = await device(a.factory);
    await again.engine.idle();
    expect(tableMap(again.doc, 'interactions').size).toBe(23);
  });
});
