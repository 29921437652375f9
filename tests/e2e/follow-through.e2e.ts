import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport, readFixture, sendFrom, waitForContact } from '../../scripts/lib/launch';

const DEMO_URL = 'https://www.linkedin.com/in/demo-maya-okafor/';
const HOUR = 3600_000;

let rapport: Rapport;
let ui: Page;

const send = <T = unknown>(type: string, data: unknown) => sendFrom<T>(ui, type, data);

const badge = () => ui.evaluate(() => chrome.action.getBadgeText({}));
/** Reminder notifications only; context-menu confirmations are notifications too. */
const notifications = () =>
  ui.evaluate(async () =>
    Object.keys(await chrome.notifications.getAll()).filter((id) => id.startsWith('followup|')),
  );
const kinds = async () =>
  (await send<{ kind: string }[]>('ui:listInteractions', { contactUrl: DEMO_URL })).map((i) => i.kind);

beforeAll(async () => {
  rapport = await launchRapport();
  await rapport.serveLinkedIn({
    '/in/demo-maya-okafor/': readFixture('tests/fixtures/linkedin/demo-profile.html'),
  });
  ui = await rapport.openPage('src/options/index.html');
  const profile = await rapport.context.newPage();
  await profile.goto(DEMO_URL);
  await waitForContact(ui, DEMO_URL);
});

afterAll(async () => {
  await rapport?.close();
});

describe('follow-through in Chromium', () => {
  it('a meeting two hours ago puts a thank-you on the badge and in a notification; sending it clears both', async () => {
    await send('ui:logInteraction', {
      contactUrl: DEMO_URL,
      kind: 'meeting-held',
      at: Date.now() - 2 * HOUR,
    });
    await expect.poll(badge).toBe('1');
    await expect.poll(notifications).toEqual([expect.stringMatching(/^followup\|/)]);

    await send('ui:logInteraction', { contactUrl: DEMO_URL, kind: 'thank-you-sent', at: Date.now() });
    await expect.poll(badge).toBe('');
    await expect.poll(notifications).toEqual([]);
  });

  it('the context-menu items do what their labels say', async () => {
    const click = (info: Record<string, unknown>) =>
      rapport.worker.evaluate(async (i) => {
        const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/in/*' });
        (chrome.contextMenus.onClicked as unknown as { dispatch: (...a: unknown[]) => void }).dispatch(
          i,
          tab,
        );
      }, info);

    const before = (await kinds()).length;
    await click({ menuItemId: 'log-meeting', pageUrl: DEMO_URL });
    await expect.poll(async () => (await kinds())[0]).toBe('meeting-held');
    await expect.poll(badge).toBe('1');
    await click({ menuItemId: 'thank-you-sent', pageUrl: DEMO_URL });
    await expect.poll(async () => (await kinds())[0]).toBe('thank-you-sent');
    expect((await kinds()).length).toBe(before + 2);
    await expect.poll(badge).toBe('');

    await click({
      menuItemId: 'add-link',
      linkUrl: 'https://www.linkedin.com/in/jonas-weber-77a1/',
      pageUrl: DEMO_URL,
    });
    await expect
      .poll(
        async () =>
          (
            await send<{ contact: { name: string } } | null>('ui:getContact', {
              url: 'https://www.linkedin.com/in/jonas-weber-77a1/',
            })
          )?.contact.name,
      )
      .toBe('Jonas Weber');

    const pagesBefore = rapport.context.pages().length;
    await click({ menuItemId: 'draft-outreach', pageUrl: DEMO_URL });
    // Where the browser lets Rapport open its popup, the popup is told to show the draft; elsewhere the
    // contact's page opens in a tab.
    await expect
      .poll(async () => {
        const opened = rapport.context
          .pages()
          .slice(pagesBefore)
          .some((p) => p.url().includes('#contact='));
        if (opened) return 'contact page';
        const state = await send<{ intent: { view: string } | null }>('ui:getPopupState', {
          popupInTab: false,
          recentLimit: 1,
        });
        return state.intent?.view === 'draft' ? 'popup draft' : 'nothing yet';
      })
      .toMatch(/contact page|popup draft/);
  });

  it('a reminder still arrives after the service worker was stopped', async () => {
    const endsIn = 8_000;
    const now = Date.now();
    await send('ui:logInteraction', {
      contactUrl: DEMO_URL,
      kind: 'meeting-held',
      at: now,
      meeting: { startsAt: now + endsIn - 60_000, minutes: 1 },
    });
    expect(await notifications()).toEqual([]);

    const cdp = await rapport.context.newCDPSession(ui);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions)
        if (v.scriptURL.startsWith(`chrome-extension://${rapport.extensionId}/`))
          statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.at(-1)).toBe('stopped');
    // Only the alarm can wake the worker now; nothing else talks to it until the reminder shows.
    await expect
      .poll(() => notifications(), { timeout: 60_000, interval: 1000 })
      .toEqual([expect.stringMatching(/^followup\|/)]);
    expect(statuses.slice(statuses.lastIndexOf('stopped'))).toContain('running');
    expect(Date.now()).toBeGreaterThanOrEqual(now + endsIn);
  });

  it('made no network request from its pages or worker', () => {
    expect(rapport.networkViolations()).toEqual([]);
  });
});
