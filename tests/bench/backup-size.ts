// How long a backup of 100,000 people with long notes takes to import and to export, through the options
// page as a user does it, in the extension as built: `benchBackup(rapport)`.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Rapport } from '../../scripts/lib/launch';
import { bigBackup } from '../support/big-backup';

export const BACKUP_CONTACTS = 100_000;
const NOTE_CHARS = 1_000;

export interface BackupBench {
  /** Choosing the file until the preview is shown: reading, sending in parts, checking. */
  stageMs: number;
  /** "Replace my data" until the page says it was imported (one transaction, follow-ups included). */
  commitMs: number;
  /** "Export all data" until the file is downloaded. */
  exportMs: number;
  fileMiB: number;
  exportMiB: number;
}

export async function benchBackup(rapport: Rapport): Promise<BackupBench> {
  const path = join(mkdtempSync(join(tmpdir(), 'rapport-backup-')), 'backup.json');
  writeFileSync(path, JSON.stringify(bigBackup(BACKUP_CONTACTS, NOTE_CHARS, Date.now())));
  const ui = await rapport.openPage('src/options/index.html#data');
  const status = () => ui.locator('[role="status"].ok, [role="alert"]').first();

  let start = performance.now();
  await ui.locator('#import-file').setInputFiles(path);
  const replace = ui.getByRole('button', { name: 'Replace my data' });
  await replace.waitFor({ timeout: 600_000 });
  const stageMs = performance.now() - start;

  start = performance.now();
  await replace.click();
  await status()
    .filter({ hasText: /^Imported/ })
    .waitFor({ timeout: 600_000 });
  const commitMs = performance.now() - start;

  start = performance.now();
  const [download] = await Promise.all([
    ui.waitForEvent('download', { timeout: 600_000 }),
    ui.getByRole('button', { name: 'Export all data' }).click(),
  ]);
  const exported = await download.path();
  const exportMs = performance.now() - start;
  await ui.close();
  const mib = (file: string) => statSync(file).size / (1 << 20);
  return { stageMs, commitMs, exportMs, fileMiB: mib(path), exportMiB: mib(exported) };
}
