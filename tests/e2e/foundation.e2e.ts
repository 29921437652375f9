import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, launchRapport, type Rapport, readFixture } from '../../scripts/lib/launch';

const DEMO_URL = 'https://www.linkedin.com/in/demo-maya-okafor/';
const DEMO_PATH = '/in/demo-maya-okafor/';

let rapport: Rapport;
let ui: Page;

/** Sends a message as Rapport's own pages do, and returns the background's raw reply. */
function sendFrom(page: Page, message: unknown) {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

async function waitForContact(page: Page, url: string) {
  await expect
    .poll(
      async () =>
        ((await sendFrom(page, { type: 'ui:getContact', data: { url } })) as { result: unknown }).result,
      {
        timeout: 20_000,
      },
    )
    .not.toBeNull();
}

beforeAll(async () => {
  rapport = await launchRapport();
  await rapport.serveLinkedIn({ [DEMO_PATH]: readFixture('tests/fixtures/linkedin/demo-profile.html') });
  ui = await rapport.openPage('src/options/index.html');
});

afterAll(async () => {
  await rapport?.close();
});

describe('Rapport in Chromium', () => {
  it('loads with exactly the permissions it needs', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    // activeTab and scripting: reading a person from another site, on that one tab, when the user asks.
    expect(manifest.permissions.sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'notifications',
      'scripting',
      'storage',
    ]);
    // No declarativeNetRequest: it warns about blocking content on any page and cannot be optional; the
    // socket guards keep Rapport's connections to the sync server.
    expect(manifest.optional_permissions).toBeUndefined();
    // Only the profile pages capture reads, and the content script runs on exactly those.
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/in/*']);
    expect(manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches)).toEqual(
      manifest.host_permissions,
    );
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(rapport.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('captures the profile being read, and the popup shows the person', async () => {
    const profile = await rapport.context.newPage();
    await profile.goto(DEMO_URL);
    await waitForContact(ui, DEMO_URL);

    const popup = await rapport.openPage('src/popup/index.html');
    const card = popup.getByTestId('contact-card');
    await expect.poll(() => card.locator('h2').textContent(), { timeout: 10_000 }).toBe('Maya Okafor');
    expect(await card.textContent()).toContain('Saved');
    expect(await popup.getByTestId('capture-report').textContent()).toMatch(/Captured \d+ sections/);
    await popup.close();
    await profile.close();
  });

  it('rejects malformed and misdirected messages, and writes nothing', async () => {
    const before = (
      (await sendFrom(ui, { type: 'ui:exportData', data: {} })) as { result: { tables: unknown } }
    ).result.tables;
    const attempts = [
      { type: 'ui:nope', data: {} },
      { type: 'ui:listContacts', data: { limit: 'all' } },
      { type: 'ui:saveSettings', data: { settings: { version: 1 } } },
      { type: 'ui:deleteAllData', data: { confirm: 'yes' } },
      // A capture must come from a LinkedIn profile tab, never from an extension page.
      {
        type: 'capture:saveProfile',
        data: {
          profile: {
            url: 'https://www.linkedin.com/in/intruder/',
            name: 'Intruder',
            experience: [],
            education: [],
            skills: [],
            languages: [],
            volunteering: [],
            certifications: [],
          },
          report: { layout: 'x', sections: {} },
          pageUrl: 'https://www.linkedin.com/in/intruder/',
        },
      },
      'not even an object',
    ];
    for (const message of attempts) {
      const reply = (await sendFrom(ui, message)) as { ok: boolean; error?: string };
      expect(reply.ok, JSON.stringify(message)).toBe(false);
      expect(reply.error).toBeTruthy();
    }
    const after = (
      (await sendFrom(ui, { type: 'ui:exportData', data: {} })) as { result: { tables: unknown } }
    ).result.tables;
    expect(after).toEqual(before);
  });

  it('saves My profile from the options page', async () => {
    await ui.goto(`chrome-extension://${rapport.extensionId}/src/options/index.html#me`);
    await ui.getByLabel('Your name').fill('Sam Rivera');
    await ui.getByLabel('Field you want to move into').fill('UX research');
    await ui.getByRole('button', { name: 'Add a school' }).click();
    await ui.getByLabel('School', { exact: true }).fill('University of Leeds');
    await ui.getByRole('button', { name: 'Save my profile' }).click();
    await expect.poll(() => ui.getByRole('status').textContent()).toBe('Saved.');
    await ui.reload();
    await expect.poll(() => ui.getByLabel('Your name').inputValue()).toBe('Sam Rivera');
    expect(await ui.getByLabel('School', { exact: true }).inputValue()).toBe('University of Leeds');
  });

  it('round-trips all data through export, delete and import', async () => {
    await ui.goto(`chrome-extension://${rapport.extensionId}/src/options/index.html#data`);
    const exportOnce = async () => {
      const [download] = await Promise.all([
        ui.waitForEvent('download'),
        ui.getByRole('button', { name: 'Export all data' }).click(),
      ]);
      const path = await download.path();
      return { path, data: JSON.parse(readFileSync(path, 'utf8')) };
    };
    const first = await exportOnce();
    expect(first.data.tables.contacts).toHaveLength(1);
    expect(first.data.tables.meta.find((m: { key: string }) => m.key === 'settings').value.me.name).toBe(
      'Sam Rivera',
    );

    await ui.getByRole('button', { name: 'Delete all data…' }).click();
    await ui.getByRole('button', { name: 'Delete all data', exact: true }).click();
    await expect.poll(() => ui.getByRole('status').textContent()).toBe('All Rapport data was deleted.');
    const emptied = await exportOnce();
    expect(emptied.data.tables.contacts).toHaveLength(0);

    await ui.locator('#import-file').setInputFiles(first.path);
    await ui.getByRole('button', { name: 'Replace my data' }).click();
    await expect
      .poll(() => ui.getByRole('status').textContent())
      .toMatch(/^Imported\. Rapport now holds 1 contacts/);
    const second = await exportOnce();
    const { exportedAt: _a, ...a } = first.data;
    const { exportedAt: _b, ...b } = second.data;
    expect(b).toEqual(a);
  });

  it('made no network request from its pages or worker', () => {
    expect(rapport.networkViolations()).toEqual([]);
  });
});
