import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type RunningSyncServer, startSyncServer } from '../../scripts/lib/sync-server';
import { deleteContact, updateContact } from '../../src/db/contacts';
import { listDue } from '../../src/db/follow-up-store';
import { listInteractions, logInteraction, updateInteraction } from '../../src/db/interactions';
import { saveCapture } from '../../src/db/save-capture';
import { loadSettings } from '../../src/db/settings';
import { tableMap } from '../../src/db/sync/doc-records';
import { createSyncService } from '../../src/db/sync/sync-service';
import { comparableExport, eventually, type SyncSide, syncSide } from '../support/sync-sides';
import { fullReport, profile } from '../support/test-db';

const TOKEN = 'a shared secret for tests';
const NOW = Date.UTC(2026, 2, 3, 9, 0, 0);
const now = () => NOW;
const ADA = 'https://www.linkedin.com/in/ada/';
const BEN = 'https://www.linkedin.com/in/ben/';

let server: RunningSyncServer;
beforeAll(async () => {
  server = await startSyncServer({ port: 0, token: TOKEN, file: ':memory:' });
});
afterAll(async () => {
  await server.close();
});

async function capture(side: SyncSide, slug: string, name: string) {
  const person = profile(slug, name);
  await saveCapture(side.db, { profile: person, report: fullReport, pageUrl: person.url, now: NOW });
}

const rules = async (side: SyncSide) => (await loadSettings(side.db)).followUps;

async function converged(a: SyncSide, b: SyncSide) {
  await eventually(async () => {
    await a.engine.idle();
    await b.engine.idle();
    expect(await comparableExport(b.db)).toEqual(await comparableExport(a.db));
  });
}

describe('sync between two devices through a local server', () => {
  it('merges edits made on both while apart, and a delete wins over an edit', async () => {
    const a = await syncSide(server.url, TOKEN, now);
    const b = await syncSide(server.url, TOKEN, now);
    await a.connect();
    await b.connect();

    await capture(a, 'ada', 'Ada Lovelace');
    await capture(a, 'ben', 'Ben Okafor');
    const note = await logInteraction(
      a.db,
      { contactUrl: ADA, kind: 'note', at: NOW - 1000, note: 'Talk to the analytics team.' },
      await rules(a),
      NOW,
    );
    await converged(a, b);
    expect((await b.db.contacts.get(ADA))?.name).toBe('Ada Lovelace');

    a.disconnect();
    b.disconnect();
    // The same note, the same contact's other fields, and a delete against an edit, on both sides at once.
    await updateInteraction(
      a.db,
      { ...note, note: 'First: talk to the analytics team.' },
      await rules(a),
      NOW,
    );
    await updateInteraction(
      b.db,
      { ...note, note: 'Talk to the analytics team. Then Sam.' },
      await rules(b),
      NOW,
    );
    await updateContact(a.db, ADA, { email: 'ada@example.org' }, await rules(a), NOW);
    await updateContact(b.db, ADA, { tags: ['mentor'] }, await rules(b), NOW);
    await deleteContact(a.db, BEN);
    await updateContact(b.db, BEN, { tags: ['data'] }, await rules(b), NOW);
    await logInteraction(b.db, { contactUrl: BEN, kind: 'outreach-sent', at: NOW }, await rules(b), NOW);

    await a.connect();
    await b.connect();
    await converged(a, b);

    const [merged] = await listInteractions(b.db, ADA);
    expect(merged?.note).toBe('First: talk to the analytics team. Then Sam.');
    const ada = await b.db.contacts.get(ADA);
    expect(ada?.email).toBe('ada@example.org');
    expect(ada?.tags).toEqual(['mentor']);
    for (const side of [a, b]) {
      expect(await side.db.contacts.get(BEN)).toBeUndefined();
      expect(await side.db.interactions.where('contactUrl').equals(BEN).count()).toBe(0);
    }

    // Once both have seen the delete, compacting folds the tombstones away everywhere and loses nothing.
    const before = await comparableExport(a.db);
    expect(a.engine.compact()).toBeGreaterThan(0);
    await eventually(async () => expect(tableMap(b.engine.doc, 'contacts').has(BEN)).toBe(false));
    await converged(a, b);
    expect(await comparableExport(b.db)).toEqual(before);
    a.disconnect();
    b.disconnect();
  });

  it('recomputes what is owed on the other device: a meeting logged on one makes the thank-you due on both', async () => {
    const a = await syncSide(server.url, TOKEN, now, 'owed');
    const b = await syncSide(server.url, TOKEN, now, 'owed');
    await a.connect();
    await b.connect();
    await capture(a, 'ada', 'Ada Lovelace');
    await logInteraction(
      a.db,
      { contactUrl: ADA, kind: 'meeting-held', at: NOW - 3600_000 },
      await rules(a),
      NOW,
    );
    await converged(a, b);
    const due = await listDue(b.db, NOW);
    expect(due.map((d) => d.followUp.kind)).toContain('thank-you');
    expect((await b.db.contacts.get(ADA))?.stage).toBe('met');
    a.disconnect();
    b.disconnect();
  });

  it('keeps changes made while disconnected across a restart, and sends them on reconnect', async () => {
    const a = await syncSide(server.url, TOKEN, now, 'restart');
    const b = await syncSide(server.url, TOKEN, now, 'restart');
    await a.connect();
    await b.connect();
    await capture(a, 'ada', 'Ada Lovelace');
    await converged(a, b);
    a.disconnect();
    await updateContact(a.db, ADA, { email: 'offline@example.org' }, await rules(a), NOW);
    const restarted = await a.restart();
    await restarted.connect();
    await converged(restarted, b);
    expect((await b.db.contacts.get(ADA))?.email).toBe('offline@example.org');
    restarted.disconnect();
    b.disconnect();
  });

  it('says what changed and when it last synced, and stopping keeps every record', async () => {
    // A server of its own: the service names the doc from the secret alone.
    const own = await startSyncServer({ port: 0, token: `${TOKEN} too`, file: ':memory:' });
    const a = await syncSide(own.url, `${TOKEN} too`, now);
    const b = await syncSide(own.url, `${TOKEN} too`, now);
    const service = createSyncService({
      engine: b.engine,
      store: b.store,
      now,
      WebSocketPolyfill: WebSocket,
    });
    expect((await service.status()).enabled).toBe(false);
    await a.connect();
    await capture(a, 'ada', 'Ada Lovelace');
    await service.enable(own.url, `${TOKEN} too`);
    await eventually(async () => expect((await b.db.contacts.get(ADA))?.name).toBe('Ada Lovelace'));
    await service.noteChanges('elsewhere', { contacts: 1, snapshots: 1 });
    await service.noteChanges('elsewhere', { interactions: 2 });
    const status = await service.syncNow(2_000);
    expect(status).toMatchObject({ enabled: true, connection: 'connected', lastSyncedAt: NOW });
    // Changes moments apart are one entry.
    expect(status.changes).toEqual([
      { at: NOW, from: 'elsewhere', counts: { contacts: 1, snapshots: 1, interactions: 2 } },
    ]);
    const stopped = await service.stop();
    expect(stopped).toEqual({ enabled: false, connection: 'off', changes: [] });
    expect((await b.db.contacts.get(ADA))?.name).toBe('Ada Lovelace');
    expect(await b.store.updates.count()).toBe(0);
    a.disconnect();
    await own.close();
  });

  it('the server keeps the data in its SQLite file across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-sync-'));
    const file = join(dir, 'sync.sqlite');
    try {
      let own = await startSyncServer({ port: 0, token: TOKEN, file });
      const a = await syncSide(own.url, TOKEN, now);
      await a.connect();
      await capture(a, 'ada', 'Ada Lovelace');
      await a.engine.idle();
      await eventually(async () => expect(a.isSynced()).toBe(true));
      a.disconnect();
      await own.close();

      own = await startSyncServer({ port: 0, token: TOKEN, file });
      const b = await syncSide(own.url, TOKEN, now);
      await b.connect();
      await eventually(async () => expect((await b.db.contacts.get(ADA))?.name).toBe('Ada Lovelace'));
      b.disconnect();
      await own.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a device with the wrong secret', async () => {
    const a = await syncSide(server.url, 'not the secret', now);
    const outcome = await Promise.race([
      a.connect().then(() => 'synced'),
      new Promise((r) => setTimeout(() => r('refused'), 1500)),
    ]);
    expect(outcome).toBe('refused');
    a.disconnect();
  });
});
