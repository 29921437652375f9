// A page on another site can name anyone's LinkedIn profile. When that profile is already captured, the
// person the page describes is saved beside it, never over it, and the user sees both to merge or keep.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport, readFixture, sendFrom, waitForContact } from '../../scripts/lib/launch';
import { contactPageHash } from '../../src/shared/routes';

const AMARA = 'https://www.linkedin.com/in/amara-nwosu-demo/';
const SPEAKER_PAGE = 'https://devdays.example/speakers/amara';

interface Stored {
  contact: {
    name: string;
    sameAs?: string;
    profile: { headline?: string; experience: { company: string }[] };
  };
}

let rapport: Rapport;
let ui: Page;
const stored = (url: string) => sendFrom<Stored | null>(ui, 'ui:getContact', { url });

beforeAll(async () => {
  rapport = await launchRapport();
  const demo = readFixture('tests/fixtures/linkedin/demo-profile.html');
  await rapport.serveLinkedIn({
    '/in/amara-nwosu-demo/': demo
      .replaceAll('demo-maya-okafor', 'amara-nwosu-demo')
      .replaceAll('Maya Okafor', 'Amara Nwosu'),
  });
  await rapport.serveSite('https://devdays.example', {
    '/speakers/amara': readFixture('tests/fixtures/linkedin/any-page-jsonld-speaker.html'),
  });
  ui = await rapport.openPage('src/options/index.html');
});

afterAll(async () => {
  await rapport?.close();
});

describe('saving a person from another site', () => {
  it('never overwrites the LinkedIn capture the page names, and shows both to merge', async () => {
    const profile = await rapport.context.newPage();
    await profile.goto(AMARA);
    await waitForContact(ui, AMARA);
    const before = (await stored(AMARA)) as Stored;

    const page = await rapport.context.newPage();
    await page.goto(SPEAKER_PAGE);
    await rapport.clickToolbarButton(page);
    await rapport.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      (chrome.contextMenus.onClicked as unknown as { dispatch: (...a: unknown[]) => void }).dispatch(
        { menuItemId: 'save-person', pageUrl: url },
        tab,
      );
    }, SPEAKER_PAGE);
    await expect
      .poll(() => stored(SPEAKER_PAGE).then((s) => s?.contact.sameAs), { timeout: 20_000 })
      .toBe(AMARA);
    expect((await stored(AMARA))?.contact).toEqual(before.contact);

    // The LinkedIn contact's page points back to the other source, with both side by side.
    const linkedIn = await rapport.openPage(`src/options/index.html${contactPageHash(AMARA)}`);
    const back = linkedIn.locator('.other-sources');
    await back.waitFor();
    expect(await back.getByRole('heading').textContent()).toBe('Also found on devdays.example');
    expect(await back.locator('.same-as-compare').textContent()).toContain('From devdays.example');
    await linkedIn.screenshot({ path: 'artifacts/any-page-other-sources.png', fullPage: true });
    await linkedIn.close();

    const detail = await rapport.openPage(`src/options/index.html${contactPageHash(SPEAKER_PAGE)}`);
    const panel = detail.locator('.same-as');
    await panel.waitFor();
    await detail.screenshot({ path: 'artifacts/any-page-same-as.png', fullPage: true });
    await detail.getByRole('button', { name: 'Merge into Amara Nwosu' }).click();
    await expect.poll(() => stored(SPEAKER_PAGE)).toBeNull();
    const merged = (await stored(AMARA)) as Stored;
    expect(merged.contact.name).toBe('Amara Nwosu');
    expect(merged.contact.profile.headline).toBe(before.contact.profile.headline);
    expect(merged.contact.profile.experience).toEqual(before.contact.profile.experience);
  });
});
