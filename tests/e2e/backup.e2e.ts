import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport, ROOT, sendFrom } from '../../scripts/lib/launch';
import { bigBackup } from '../support/big-backup';

const MIB = 1 << 20;
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

const status = () => ui.locator('[role="status"].ok, [role="alert"]').first().textContent();

describe('backups larger than one message', () => {
  it('imports through a worker stop, with the thank-you due at once, and exports past 64 MiB', async () => {
    const now = Date.now();
    // About 75 MiB: 3,600 people with a 20,000-character note each.
    const file = bigBackup(3_600, 20_000, now);
    mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
    const path = join(ROOT, 'artifacts', 'backup-large.json');
    writeFileSync(path, JSON.stringify(file));
    expect(statSync(path).size).toBeGreaterThan(64 * MIB);

    await ui.locator('#import-file').setInputFiles(path);
    const replace = ui.getByRole('button', { name: 'Replace my data' });
    await replace.waitFor({ timeout: 120_000 });
    expect(await ui.getByRole('alertdialog').textContent()).toContain('contacts: 3600 added');
    await replace.click();
    // The worker is stopped while it writes the import; the page asks again and gets the receipt.
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      await cdp.send('ServiceWorker.stopAllWorkers');
    }
    await expect
      .poll(status, { timeout: 120_000, interval: 500 })
      .toMatch(/^Imported\. Rapport now holds 3600 contacts, 3601 interactions/);
    const due = await sendFrom<{ followUp: { kind: string; contactUrl: string } }[]>(ui, 'ui:listDue', {});
    expect(due.map((d) => [d.followUp.kind, d.followUp.contactUrl])).toContainEqual([
      'thank-you',
      'https://www.linkedin.com/in/backup-person-0/',
    ]);

    const [download] = await Promise.all([
      ui.waitForEvent('download', { timeout: 120_000 }),
      ui.getByRole('button', { name: 'Export all data' }).click(),
    ]);
    const exported = await download.path();
    expect(statSync(exported).size).toBeGreaterThan(64 * MIB);
    const back = JSON.parse(readFileSync(exported, 'utf8'));
    expect(back.tables.contacts).toHaveLength(3_600);
    expect(back.tables.interactions).toHaveLength(3_601);
    expect(await status()).toBe('Exported.');
  }, 300_000);

  it('made no network request from its pages or worker', () => {
    expect(rapport.networkViolations()).toEqual([]);
  });
});
