import type { Page } from 'playwright-core';
import type { Rapport } from '../../scripts/lib/launch';

/**
 * A headless browser shows the permission prompt where no test can click it, so this grants the
 * server's host permission where a user can too: chrome://extensions, Site access. The options page's
 * request then finds it granted.
 */
export async function allowLoopbackServer(rapport: Rapport): Promise<void> {
  const page = await rapport.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    (id) =>
      (
        chrome as unknown as {
          developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
        }
      ).developerPrivate.addHostPermission(id, 'http://127.0.0.1/*'),
    rapport.extensionId,
  );
  await page.close();
}

/** Turns sync on in Options → Sync as a user would: address, secret, the button; waits until connected. */
export async function turnOnSync(rapport: Rapport, ui: Page, url: string, token: string): Promise<void> {
  await allowLoopbackServer(rapport);
  await ui.getByRole('link', { name: 'Sync', exact: true }).click();
  await ui.getByLabel('Server address').fill(url);
  await ui.getByLabel(/Shared secret/).fill(token);
  await ui.getByRole('button', { name: 'Turn on sync' }).click();
  await ui
    .getByTestId('sync-connection')
    .filter({ hasText: /^Connected$/ })
    .waitFor({ timeout: 20_000 });
}
