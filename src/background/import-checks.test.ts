import { describe, expect, it } from 'vitest';
import { routerOverFreshDb } from '../../tests/support/router-over-fresh-db';
import { freshDb, fullReport, profile } from '../../tests/support/test-db';
import { exportDatabase, importDatabase } from '../db/export';
import {
  commitStagedImport,
  previewStagedImport,
  recoverImports,
  stageImportPart,
} from '../db/import-staging';
import { saveCapture } from '../db/save-capture';
import type { SenderInfo } from './router';

const T0 = Date.UTC(2026, 0, 10, 9);
const HOUR = 3_600_000;
const ADA = 'https://www.linkedin.com/in/ada-okoro/';
const BO = 'https://www.linkedin.com/in/bo-lind/';
const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const popup: SenderInfo = { id: EXT, url: `chrome-extension://${EXT}/src/options/index.html` };

async function withPeople() {
  const db = freshDb();
  for (const [slug, name] of [
    ['ada-okoro', 'Ada Okoro'],
    ['bo-lind', 'Bo Lind'],
  ] as const) {
    await saveCapture(db, {
      profile: profile(slug, name),
      report: fullReport,
      pageUrl: `https://www.linkedin.com/in/${slug}/`,
      now: T0,
    });
  }
  await db.interactions.add({
    id: 'i-1',
    contactUrl: ADA,
    kind: 'meeting-held',
    at: T0,
    meeting: { startsAt: T0 - HOUR, minutes: 30 },
  });
  return db;
}

const fileOf = async (db: ReturnType<typeof freshDb>) =>
  JSON.parse(JSON.stringify(await exportDatabase(db, new Date(T0))));

function routerFor(db: ReturnType<typeof freshDb>) {
  return routerOverFreshDb({ db, now: () => T0 + HOUR, extensionId: EXT, isCapturePage: () => false }).route;
}

describe('import refuses what would leave the database unlike the file', () => {
  it('names a duplicate id', async () => {
    const file = await fileOf(await withPeople());
    file.tables.contacts.push(file.tables.contacts[0]);
    const db = freshDb();
    await expect(importDatabase(db, file, { now: T0 })).rejects.toThrow(
      `This file lists the same contacts record twice: ${ADA}`,
    );
    expect(await db.contacts.count()).toBe(0);
  });

  it('names the people an interaction belongs to when the file does not hold them', async () => {
    const file = await fileOf(await withPeople());
    file.tables.contacts = file.tables.contacts.filter((c: { url: string }) => c.url !== ADA);
    await expect(importDatabase(freshDb(), file, { now: T0 })).rejects.toThrow(
      `This file has interactions for people it does not contain: ${ADA}`,
    );
  });

  it('refuses a time no date can show, at import and in a message', async () => {
    const db = await withPeople();
    const file = await fileOf(db);
    file.tables.interactions[0].at = 9e15;
    await expect(importDatabase(freshDb(), file, { now: T0 })).rejects.toThrow(/interactions\.0\.at/);
    const reply = await routerFor(db)(
      { type: 'ui:logInteraction', data: { contactUrl: BO, kind: 'note', at: 9e15 } },
      popup,
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/at: Invalid value/) });
    expect(await db.interactions.count()).toBe(1);
  });
});

describe('an import in parts', () => {
  async function stage(
    db: ReturnType<typeof freshDb>,
    file: { tables: Record<string, unknown[]> },
    id = 'imp-1',
  ) {
    const { tables, ...header } = file;
    let part = 0;
    await stageImportPart(db, { importId: id, part: part++, table: 'header', rows: [header] }, T0);
    for (const [table, rows] of Object.entries(tables)) {
      await stageImportPart(db, { importId: id, part: part++, table, rows }, T0);
    }
  }

  it('recomputes follow-ups in the same transaction, so the thank-you is due at once', async () => {
    const file = await fileOf(await withPeople());
    const db = freshDb();
    await stage(db, file);
    expect((await previewStagedImport(db, 'imp-1')).replace.contacts).toMatchObject({ added: 2 });
    expect(await db.contacts.count()).toBe(0);
    const summary = await commitStagedImport(db, 'imp-1', 'replace', T0 + HOUR);
    expect(summary).toMatchObject({ contacts: 2, interactions: 1 });
    expect((await db.dueQueue.toArray()).map((d) => d.followUp.kind)).toEqual(['thank-you']);
    expect(
      (await db.meta.toCollection().primaryKeys()).filter((k) => String(k).startsWith('import:part')),
    ).toEqual([]);
  });

  it('answers a repeated commit with the same receipt and writes nothing twice', async () => {
    const file = await fileOf(await withPeople());
    const db = freshDb();
    await stage(db, file);
    const first = await commitStagedImport(db, 'imp-1', 'replace', T0 + HOUR);
    await db.interactions.add({ id: 'later', contactUrl: ADA, kind: 'note', at: T0 + 2 * HOUR });
    expect(await commitStagedImport(db, 'imp-1', 'replace', T0 + 3 * HOUR)).toEqual(first);
    expect(await db.interactions.count()).toBe(2);
  });

  it('is finished on the next start when the worker stopped after the user committed it', async () => {
    const file = await fileOf(await withPeople());
    const db = freshDb();
    await stage(db, file);
    // What the commit writes before its transaction: the transaction itself never ran.
    await db.meta.put({ key: 'import:pending:imp-1', value: { importId: 'imp-1', mode: 'replace', at: T0 } });
    await recoverImports(db, T0 + HOUR);
    expect(await db.contacts.count()).toBe(2);
    expect(await db.dueQueue.count()).toBe(1);
    expect(await commitStagedImport(db, 'imp-1', 'replace', T0 + HOUR)).toMatchObject({ contacts: 2 });
  });

  it('leaves no pending mark when a retry meets an import the restarted worker already finished', async () => {
    const file = await fileOf(await withPeople());
    const db = freshDb();
    await stage(db, file);
    await db.meta.put({ key: 'import:pending:imp-1', value: { importId: 'imp-1', mode: 'replace', at: T0 } });
    // The restarted worker finishes the import on start and answers the page's retry at the same time.
    const [, retried] = await Promise.all([
      recoverImports(db, T0 + HOUR),
      commitStagedImport(db, 'imp-1', 'replace', T0 + HOUR),
    ]);
    expect(retried).toMatchObject({ contacts: 2 });
    expect(await commitStagedImport(db, 'imp-1', 'replace', T0 + HOUR)).toEqual(retried);
    const marks = await db.meta.where('key').startsWith('import:').keys();
    expect(marks).toEqual(['import:receipt']);
  });

  it('clears a pending mark left beside the receipt of the import it names', async () => {
    const file = await fileOf(await withPeople());
    const db = freshDb();
    await stage(db, file);
    await commitStagedImport(db, 'imp-1', 'replace', T0 + HOUR);
    await db.meta.put({ key: 'import:pending:imp-1', value: { importId: 'imp-1', mode: 'replace', at: T0 } });
    await recoverImports(db, T0 + HOUR);
    expect(await db.meta.where('key').startsWith('import:pending:').count()).toBe(0);
    expect(await db.contacts.count()).toBe(2);
  });

  it('rolls back parts never committed, after an hour', async () => {
    const db = freshDb();
    await stage(db, await fileOf(await withPeople()));
    await recoverImports(db, T0 + 2 * HOUR);
    expect(await db.meta.count()).toBe(0);
  });

  it('merges: the newest edit of each record wins and nothing is deleted', async () => {
    const source = await withPeople();
    await source.contacts.update(ADA, { email: 'ada@new.example', updatedAt: T0 + 5 });
    const file = await fileOf(source);
    file.tables.contacts = file.tables.contacts.filter((c: { url: string }) => c.url === ADA);
    file.tables.interactions = [];
    file.tables.snapshots = file.tables.snapshots.filter((s: { contactUrl: string }) => s.contactUrl === ADA);
    const db = await withPeople();
    await db.contacts.update(BO, { email: 'bo@mine.example', updatedAt: T0 + 9 });
    await db.interactions.add({ id: 'mine', contactUrl: BO, kind: 'note', at: T0 });
    await stage(db, file, 'merge-1');
    const preview = (await previewStagedImport(db, 'merge-1')).merge;
    expect(preview.contacts).toEqual({ added: 0, updated: 1, kept: 1, removed: 0 });
    await commitStagedImport(db, 'merge-1', 'merge', T0 + HOUR);
    expect((await db.contacts.get(ADA))?.email).toBe('ada@new.example');
    expect((await db.contacts.get(BO))?.email).toBe('bo@mine.example');
    expect(await db.interactions.count()).toBe(2);
  });
});
