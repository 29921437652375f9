// Rapport in real Firefox ESR, as a user meets it: a profile is captured as it loads, the popup and the
// options page show the person, Rapport's items in Firefox's own context menu (opened by a right-click,
// chosen in the menu) save people and log a meeting, and the thank-you that meeting makes due shows on
// the badge and in a notification that stays until it is dealt with. Firefox has no notification
// buttons, so clicking the notification opens the person's page, where Done and Snooze are.
// The menu and the notification windows are Firefox's chrome, reached over WebDriver BiDi's chrome scope
// (scripts/lib/firefox-chrome.ts): the right-click is BiDi input on the page; choosing an item and
// clicking a notification are a menu activation and a synthesized mouse click in the chrome window,
// since BiDi input does not reach chrome.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseMenuItem,
  clickNotification,
  closePopup,
  openContextMenu,
  readOpenPopup,
  shownNotifications,
} from '../../scripts/lib/firefox-chrome';
import { readFixture } from '../../scripts/lib/launch';
import {
  FIREFOX_ORIGIN,
  type FirefoxRapport,
  launchFirefoxRapport,
  navigate,
  sendFromFirefox,
} from '../../scripts/lib/launch-firefox';
import { MENU_ITEMS } from '../../src/background/menus';
import { contactPageHash } from '../../src/shared/routes';

const DEMO_URL = 'https://www.linkedin.com/in/demo-maya-okafor/';
const LINKED_URL = 'https://www.linkedin.com/in/demo-daniel-achterberg/';
const SPEAKER_PAGE = 'https://devdays.example/speakers/amara';
/** The LinkedIn profile the speaker page names, which the person it describes is filed under. */
const SPEAKER_PROFILE = 'https://www.linkedin.com/in/amara-nwosu-demo/';
const PAGE_ITEMS = MENU_ITEMS.filter((item) => (item.contexts as readonly string[]).includes('page')).map(
  (item) => item.title,
);

let rapport: FirefoxRapport;
let ui: Page;
let profile: Page;

const send = <T = unknown>(type: string, data: unknown) => sendFromFirefox<T>(ui, type, data);
type Ext = { browser: typeof chrome };
const badge = () => ui.evaluate(() => (globalThis as unknown as Ext).browser.action.getBadgeText({}));
const notifications = () =>
  ui.evaluate(async () =>
    Object.keys(await (globalThis as unknown as Ext).browser.notifications.getAll()).filter((id) =>
      id.startsWith('followup|'),
    ),
  );
const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);
/** The open tab showing this address: puppeteer never learns a moz-extension:// tab's address itself. */
async function tabAt(url: string): Promise<Page | undefined> {
  for (const page of await rapport.browser.pages()) {
    if ((await page.evaluate(() => location.href).catch(() => '')) === url) return page;
  }
  return undefined;
}
const stored = (url: string) => send<{ contact: { name: string } } | null>('ui:getContact', { url });

beforeAll(async () => {
  rapport = await launchFirefoxRapport();
  ui = await rapport.openPage('src/options/index.html');
});

afterAll(async () => {
  await rapport?.close();
});

describe('Rapport in Firefox', () => {
  it('captures the profile being read', async () => {
    profile = await rapport.openLinkedIn(DEMO_URL, {
      '/in/demo-maya-okafor/': readFixture('tests/fixtures/linkedin/demo-profile.html'),
    });
    await expect
      .poll(() => stored(DEMO_URL), { timeout: 30_000, interval: 500 })
      .toMatchObject({ contact: { name: 'Maya Okafor' } });
  });

  it('shows the person in the popup and on the options page', async () => {
    const popup = await rapport.openPage('src/popup/index.html');
    await expect.poll(() => bodyText(popup), { timeout: 15_000 }).toContain('Maya Okafor');
    await popup.close();
    const options = await rapport.openPage('src/options/index.html');
    await expect.poll(() => bodyText(options), { timeout: 15_000 }).toContain('Maya Okafor');
    await options.close();
  });

  it("adds the person a profile link names, from the link's context menu", async () => {
    expect(await openContextMenu(rapport.browser, profile, `a[href="${LINKED_URL}"]`)).toEqual([
      'Add to my list',
    ]);
    await chooseMenuItem(rapport.browser, 'add-link');
    await expect
      .poll(() => stored(LINKED_URL), { timeout: 15_000 })
      .toMatchObject({ contact: { name: 'Demo Daniel Achterberg' } });
    const options = await rapport.openPage('src/options/index.html');
    await expect.poll(() => bodyText(options), { timeout: 15_000 }).toContain('Demo Daniel Achterberg');
    await options.close();
  });

  it("saves the person another site describes, from the page's context menu", async () => {
    const page = await rapport.openSite(SPEAKER_PAGE, {
      [SPEAKER_PAGE]: readFixture('tests/fixtures/linkedin/any-page-jsonld-speaker.html'),
    });
    // Only the item for any page: the rest are for LinkedIn profiles.
    expect(await openContextMenu(rapport.browser, page, 'h1')).toEqual(['Save person from this page']);
    await chooseMenuItem(rapport.browser, 'save-person');
    await expect
      .poll(() => stored(SPEAKER_PROFILE), { timeout: 15_000 })
      .toMatchObject({ contact: { name: 'Amara Nwosu' } });
    await page.close();
  });

  it("drafts the outreach email in the popup, from the profile's context menu", async () => {
    expect(await openContextMenu(rapport.browser, profile, '.top__avatar')).toEqual(PAGE_ITEMS);
    await chooseMenuItem(rapport.browser, 'draft-outreach');
    // Firefox lets a menu click open the popup, so the draft is shown there, already open.
    const draft = () =>
      readOpenPopup(rapport.browser, (doc) => {
        const section = doc.querySelector('[data-testid="draft"]') as HTMLDetailsElement | null;
        return { open: section?.open ?? false, message: section?.querySelector('textarea')?.value ?? '' };
      });
    await expect
      .poll(draft, { timeout: 15_000 })
      .toEqual({ open: true, message: expect.stringMatching(/^Hi Maya,/) });
    await closePopup(rapport.browser);
  });

  it('a meeting logged from the context menu makes a thank-you due: badge, a notification that stays, Done and Snooze on the page it opens', async () => {
    // Opened first: while a notification shows, its window is the one Firefox would open a tab in.
    const keepWindow = await rapport.openPage('src/options/index.html');
    await openContextMenu(rapport.browser, profile, '.top__avatar');
    await chooseMenuItem(rapport.browser, 'log-meeting');
    await expect.poll(badge, { timeout: 15_000 }).toBe('1');
    await expect.poll(notifications, { timeout: 15_000 }).toEqual([expect.stringMatching(/^followup\|/)]);
    const [id] = await notifications();
    const title = 'Send a thank-you: Maya Okafor';
    await expect.poll(() => shownNotifications(rapport.browser), { timeout: 15_000 }).toContain(title);

    // Firefox closes a notification by itself after a while; one still owed is shown again.
    await ui.evaluate((n) => (globalThis as unknown as Ext).browser.notifications.clear(n), id as string);
    await expect.poll(notifications, { timeout: 15_000 }).toEqual([id]);

    // Clicking it opens the person's page, where the thank-you offers Done ("Mark sent") and Snooze.
    await clickNotification(rapport.browser, title);
    const contactPage = `${FIREFOX_ORIGIN}/src/options/index.html${contactPageHash(DEMO_URL)}`;
    await expect.poll(() => tabAt(contactPage), { timeout: 15_000 }).toBeDefined();
    const page = (await tabAt(contactPage)) as Page;
    await expect.poll(() => bodyText(page), { timeout: 15_000 }).toMatch(/thank-you/i);
    const buttons = await page.evaluate(() =>
      [...document.querySelectorAll('button, summary')].map((b) => b.textContent?.trim() ?? ''),
    );
    expect(buttons).toEqual(expect.arrayContaining(['Mark sent', 'Snooze']));

    // Done there deals with it: the badge clears and the reminder is not shown again.
    await page.locator('button::-p-text(Mark sent)').click();
    await expect.poll(badge, { timeout: 15_000 }).toBe('');
    await expect.poll(notifications, { timeout: 15_000 }).toEqual([]);
    await expect.poll(() => shownNotifications(rapport.browser), { timeout: 30_000 }).not.toContain(title);
    await navigate(page, 'about:blank');
    await navigate(keepWindow, 'about:blank');
  });
});
