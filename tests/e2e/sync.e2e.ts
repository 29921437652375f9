import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport, readFixture, sendFrom, waitForContact } from '../../scripts/lib/launch';
import { type RunningSyncServer, startSyncServer } from '../../scripts/lib/sync-server';
import { turnOnSync } from '../support/sync-browser';
import { openSocketFrom, startWebSocketProbe } from '../support/websocket-probe';

const DEMO_URL = 'https://www.linkedin.com/in/demo-maya-okafor/';
const TOKEN = 'a secret both browsers share';
const HOUR = 3600_000;

let server: RunningSyncServer;
let first: Rapport;
let second: Rapport;
let firstUi: Page;
let secondUi: Page;
let idleConnections: number;

beforeAll(async () => {
  server = await startSyncServer({ port: 0, token: TOKEN, file: ':memory:' });
  // Two browser profiles (two user-data folders), as on two computers.
  first = await launchRapport();
  second = await launchRapport();
  await first.serveLinkedIn({
    '/in/demo-maya-okafor/': readFixture('tests/fixtures/linkedin/demo-profile.html'),
  });
  firstUi = await first.openPage('src/options/index.html');
  secondUi = await second.openPage('src/options/index.html');
  await firstUi.getByRole('link', { name: 'Sync', exact: true }).click();
  await firstUi.getByRole('button', { name: 'Turn on sync' }).waitFor();
  // Off until the user turns it on: with the page open and the worker running, nothing has connected.
  idleConnections = server.connections();
  await turnOnSync(first, firstUi, server.url, TOKEN);
  await turnOnSync(second, secondUi, server.url, TOKEN);
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await server?.close();
});

describe('sync between two browsers through a local server', () => {
  it('connects nothing until the user turns sync on', () => {
    expect(idleConnections).toBe(0);
    expect(first.networkViolations()).toEqual([]);
    expect(server.connections()).toBe(2);
  });

  it('lets the worker reach the saved server only: another port on this computer is blocked', async () => {
    const other = await startWebSocketProbe();
    try {
      // The CSP allows ws:// to any loopback port; the worker's guard narrows it to the saved server, and
      // Rapport's pages open no socket at all.
      expect(await openSocketFrom(first.worker, other.url)).toBe('refused');
      expect(await openSocketFrom(firstUi, other.url)).toBe('refused');
      expect(other.connections()).toBe(0);
      const before = server.connections();
      expect(await openSocketFrom(first.worker, server.url)).toBe('open');
      await expect.poll(() => server.connections()).toBe(before);
    } finally {
      await other.close();
    }
  });

  it('a person captured in one browser appears in the other’s options page', async () => {
    const profile = await first.context.newPage();
    await profile.goto(DEMO_URL);
    await waitForContact(firstUi, DEMO_URL);

    await secondUi.getByRole('link', { name: 'Contacts' }).click();
    await expect
      .poll(
        async () => {
          await secondUi.reload();
          return secondUi.getByRole('link', { name: /Maya Okafor/ }).count();
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0);
    await secondUi.screenshot({ path: 'artifacts/sync-second-browser.png' });
  });

  it('a meeting logged in one browser makes the thank-you due in the other', async () => {
    await sendFrom(firstUi, 'ui:logInteraction', {
      contactUrl: DEMO_URL,
      kind: 'meeting-held',
      at: Date.now() - 2 * HOUR,
    });
    await expect
      .poll(
        async () =>
          (await sendFrom<{ followUp: { kind: string } }[]>(secondUi, 'ui:listDue', {})).map(
            (d) => d.followUp.kind,
          ),
        { timeout: 20_000 },
      )
      .toContain('thank-you');
    await expect.poll(() => secondUi.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
  });

  it('a stopped worker reconnects when it starts again and catches up', async () => {
    const cdp = await second.context.newCDPSession(secondUi);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => server.connections()).toBe(1);
    await sendFrom(firstUi, 'ui:logInteraction', {
      contactUrl: DEMO_URL,
      kind: 'thank-you-sent',
      at: Date.now(),
    });
    // Any message starts the worker again; it reconnects from what the sync database holds.
    await expect
      .poll(
        async () =>
          (await sendFrom<{ kind: string }[]>(secondUi, 'ui:listInteractions', { contactUrl: DEMO_URL })).map(
            (i) => i.kind,
          ),
        { timeout: 20_000 },
      )
      .toContain('thank-you-sent');
    expect(server.connections()).toBe(2);
    await cdp.detach();
  });

  it('says what changed and when it last synced; stopping keeps the data', async () => {
    await secondUi.getByRole('link', { name: 'Sync', exact: true }).click();
    await secondUi
      .getByText(/From your other browsers: .*person/)
      .first()
      .waitFor();
    expect(await secondUi.getByTestId('sync-last').textContent()).not.toBe('Not yet');
    await secondUi.screenshot({ path: 'artifacts/sync-options.png', fullPage: true });
    await secondUi.getByRole('button', { name: 'Stop syncing' }).click();
    await secondUi.getByRole('button', { name: 'Turn on sync' }).waitFor();
    expect(await sendFrom(secondUi, 'ui:getContact', { url: DEMO_URL })).not.toBeNull();
  });
});
