import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport, readFixture, sendFrom } from '../../scripts/lib/launch';

const PRIYA = 'https://www.linkedin.com/in/priya-raman-demo/';
const KOFI = 'https://www.linkedin.com/in/kofi-mensah-demo/';
const TOBIAS = 'https://www.linkedin.com/in/tobias-lindqvist-demo/';
const SPEAKER_PAGE = 'https://devdays.example/speakers/amara';
const fixture = (name: string) => readFixture(`tests/fixtures/linkedin/${name}.html`);

interface Stored {
  contact: { name: string; profile: { headline?: string; experience: { title: string; company: string }[] } };
  snapshotCount: number;
}

let rapport: Rapport;
let ui: Page;

const send = <T = unknown>(type: string, data: unknown) => sendFrom<T>(ui, type, data);
const stored = (url: string) => send<Stored | null>('ui:getContact', { url });
const storedExperience = async (url: string) => (await stored(url))?.contact.profile.experience.length ?? 0;

beforeAll(async () => {
  rapport = await launchRapport();
  await rapport.serveLinkedIn({
    '/in/priya-raman-demo/': fixture('loggedin-2022-priya-raman'),
    '/in/priya-raman-demo/details/experience/': fixture('details-experience-priya-raman'),
    '/in/kofi-mensah-demo/': fixture('loggedin-2025-hashed-kofi-mensah'),
  });
  await rapport.serveSite('https://devdays.example', {
    '/speakers/amara': fixture('any-page-jsonld-speaker'),
  });
  ui = await rapport.openPage('src/options/index.html');
});

afterAll(async () => {
  await rapport?.close();
});

describe('capture in Chromium', () => {
  it('merges the main page and the experience details page into one contact with the full list', async () => {
    const page = await rapport.context.newPage();
    await page.goto(PRIYA);
    await expect.poll(() => storedExperience(PRIYA), { timeout: 20_000 }).toBe(4);
    await page.goto(`${PRIYA}details/experience/`);
    await expect.poll(() => storedExperience(PRIYA), { timeout: 20_000 }).toBe(7);
    const { contact } = (await stored(PRIYA)) as Stored;
    expect(contact.name).toBe('Priya Raman');
    expect(contact.profile.headline).toBe('Head of Research Operations at Fernway Bank');
    expect((await send<unknown[]>('ui:listContacts', { limit: 50 })).length).toBe(1);
    await page.close();
  });

  it('captures each person after an in-page navigation, never the previous one as the next', async () => {
    const page = await rapport.context.newPage();
    await page.goto(KOFI);
    await expect
      .poll(() => stored(KOFI).then((s) => s?.contact.name), { timeout: 20_000 })
      .toBe('Kofi Mensah');

    // LinkedIn swaps the person in place: the address changes first, the page a moment later.
    await page.evaluate(
      ({ url, html }) => {
        history.pushState({}, '', url);
        // The old person's page keeps changing meanwhile (a feed, a badge): none of it may be read as
        // the new person.
        setTimeout(() => document.body.append(document.createElement('div')), 300);
        setTimeout(() => {
          const next = new DOMParser().parseFromString(html, 'text/html');
          document.title = next.title;
          document.body.replaceWith(document.adoptNode(next.body));
        }, 1500);
      },
      { url: TOBIAS, html: fixture('loggedin-2018-tobias-lindqvist') },
    );
    await expect
      .poll(() => stored(TOBIAS).then((s) => s?.contact.name), { timeout: 20_000 })
      .toBe('Tobias Lindqvist');
    const tobias = (await stored(TOBIAS)) as Stored;
    const kofi = (await stored(KOFI)) as Stored;
    expect(tobias.contact.profile.headline).toBe('Backend engineer · payments and ledgers');
    expect(tobias.contact.profile.experience.map((p) => p.company)).not.toContain(
      kofi.contact.profile.experience[0]?.company,
    );
    expect(kofi.snapshotCount).toBe(1);
    expect(kofi.contact.profile.headline).toMatch(/^Operations lead/);
    await page.close();
  });

  it('"Save person from this page" reads a JSON-LD Person on another site', async () => {
    const page = await rapport.context.newPage();
    await page.goto(SPEAKER_PAGE);
    // A context-menu click grants activeTab on the tab; the toolbar button is the click a test can make.
    await rapport.clickToolbarButton(page);
    await rapport.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      (chrome.contextMenus.onClicked as unknown as { dispatch: (...a: unknown[]) => void }).dispatch(
        { menuItemId: 'save-person', pageUrl: url },
        tab,
      );
    }, SPEAKER_PAGE);
    // The speaker page links Amara's LinkedIn profile, so she is filed under it.
    await expect
      .poll(() => stored('https://www.linkedin.com/in/amara-nwosu-demo/').then((s) => s?.contact.name), {
        timeout: 20_000,
      })
      .toBe('Amara Nwosu');
    await page.close();
  });

  it('made no network request from its pages or worker', () => {
    expect(rapport.networkViolations()).toEqual([]);
  });
});
