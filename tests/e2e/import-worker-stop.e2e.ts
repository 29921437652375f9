// An import is one transaction with a receipt: when the worker is stopped while it commits, the file has
// either landed whole (and the page's receipt counts what is stored, with the thank-you it owes on Due
// and the badge) or not at all (and the page says so) — never data replaced behind an error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport, ROOT } from '../../scripts/lib/launch';
import { bigBackup } from '../support/big-backup';

// Large enough that writing it takes a few seconds here, so the stops land inside the commit.
const PEOPLE = 12_000;
const NOTE_CHARS = 1_500;

let rapport: Rapport;
let ui: Page;
let cdp: CDPSession;

beforeAll(async () => {
  rapport = await launchRapport();
  ui = await rapport.openPage('src/options/index.html#data');
  cdp = await rapport.context.newCDPSession(ui);
  await cdp.send('ServiceWorker.enable');
});

afterAll(async () => {
  await rapport?.close();
});

interface Stored {
  contacts: number;
  interactions: number;
  snapshots: number;
  /** Bookkeeping of imports not finished: staged parts and pending commits. */
  unfinished: string[];
}

/** What the database holds, read by the page itself (extension pages may read it; only the worker writes). */
const stored = () =>
  ui.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['contacts', 'interactions', 'snapshots', 'meta'], 'readonly');
          const out: Partial<Stored> = {};
          const count = (name: 'contacts' | 'interactions' | 'snapshots') => {
            const r = tx.objectStore(name).count();
            r.onsuccess = () => {
              out[name] = r.result;
            };
          };
          count('contacts');
          count('interactions');
          count('snapshots');
          const keys = tx.objectStore('meta').getAllKeys();
          keys.onsuccess = () => {
            out.unfinished = (keys.result as string[]).filter(
              (k) => k.startsWith('import:pending:') || k.startsWith('import:part:'),
            );
          };
          tx.oncomplete = () => {
            db.close();
            resolve(out as Stored);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

const outcome = () => ui.locator('[role="status"].ok, [role="alert"]').first();
const badge = () => ui.evaluate(() => chrome.action.getBadgeText({}));

describe('an import interrupted by a worker stop', () => {
  it('lands whole with a receipt matching the database, or not at all; Due and the badge follow', async () => {
    const before = await stored();
    const file = bigBackup(PEOPLE, NOTE_CHARS, Date.now());
    mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
    const path = join(ROOT, 'artifacts', 'backup-worker-stop.json');
    writeFileSync(path, JSON.stringify(file));

    await ui.locator('#import-file').setInputFiles(path);
    const replace = ui.getByRole('button', { name: 'Replace my data' });
    await replace.waitFor({ timeout: 120_000 });
    await replace.click();
    // Stop the worker right after the commit is sent and again while it writes.
    await cdp.send('ServiceWorker.stopAllWorkers');
    let stopsBeforeAnswer = 1;
    for (; stopsBeforeAnswer < 6 && !(await outcome().count()); stopsBeforeAnswer++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await cdp.send('ServiceWorker.stopAllWorkers');
    }
    await outcome().waitFor({ timeout: 120_000 });
    // The page was still waiting for the commit when the worker was stopped again, so a stop hit the write.
    expect(stopsBeforeAnswer).toBeGreaterThan(1);
    const shown = (await outcome().textContent()) ?? '';
    await ui.screenshot({ path: 'artifacts/import-worker-stop.png', fullPage: true });

    // The worker's next start finishes or drops what was pending; either way nothing is left half-done.
    await expect.poll(async () => (await stored()).unfinished, { timeout: 30_000 }).toEqual([]);
    const after = await stored();
    const receipt = shown.match(
      /^Imported\. Rapport now holds (\d+) contacts, (\d+) interactions, (\d+) saved versions\.$/,
    );
    if (!receipt) {
      // Rolled back: the page says the import failed, and the database is as it was.
      expect(await ui.getByRole('alert').count()).toBe(1);
      expect({ ...after, unfinished: [] }).toEqual({ ...before, unfinished: [] });
      return;
    }
    expect(after.contacts).toBe(PEOPLE);
    expect(after.interactions).toBe(PEOPLE + 1);
    expect(receipt.slice(1).map(Number)).toEqual([after.contacts, after.interactions, after.snapshots]);

    // The meeting an hour ago in the file owes a thank-you: on the badge and in the popup's Due view.
    await expect.poll(badge, { timeout: 20_000 }).toBe('1');
    const popup = await rapport.openPage('src/popup/index.html');
    await popup.getByRole('tab', { name: /^Due/ }).click();
    const rows = popup
      .locator('.upcoming-day')
      .filter({ has: popup.getByRole('heading', { name: /^(Overdue|Today)/ }) })
      .getByTestId('follow-up');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(1);
    expect(await rows.first().textContent()).toMatch(/^Backup Person 0(?!\d).*Thank-you/);
    expect(await popup.getByRole('tab', { name: /^Due/ }).textContent()).toBe('Due (1)');
    await popup.screenshot({ path: 'artifacts/import-worker-stop-due.png', fullPage: true });
  }, 300_000);

  it('made no network request from its pages or worker', () => {
    expect(rapport.networkViolations()).toEqual([]);
  });
});
