import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport, readFixture, sendFrom, waitForContact } from '../../scripts/lib/launch';
import { contactPageHash } from '../../src/shared/routes';
import { sam } from '../fixtures/sam-rivera';

// The options page as the place to run a whole search: the board, what is coming up, a person in full,
// and contacts in and out of other tools, driven in Chromium as a user would.
const MAYA = 'https://www.linkedin.com/in/demo-maya-okafor/';
const LEO = 'https://www.linkedin.com/in/leo-park/';
const DAY = 24 * 3600_000;

let rapport: Rapport;
let ui: Page;

const send = <T = unknown>(type: string, data: unknown) => sendFrom<T>(ui, type, data);

async function options(hash: string): Promise<Page> {
  const page = await rapport.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${rapport.extensionId}/src/options/index.html${hash}`);
  return page;
}

const kinds = async (url: string) =>
  (await send<{ kind: string }[]>('ui:listInteractions', { contactUrl: url })).map((i) => i.kind).sort();

beforeAll(async () => {
  rapport = await launchRapport();
  await rapport.serveLinkedIn({
    '/in/demo-maya-okafor/': readFixture('tests/fixtures/linkedin/demo-profile.html'),
  });
  ui = await rapport.openPage('src/options/index.html');
  await send('ui:saveSettings', { settings: sam() });
  const profile = await rapport.context.newPage();
  await profile.goto(MAYA);
  await waitForContact(ui, MAYA);
  await profile.close();
  await send('ui:addContact', { url: LEO, name: 'Leo Park' });
});

afterAll(async () => {
  await rapport?.close();
});

describe('the board', () => {
  it('moves a card by drag, and another by keyboard, logging what makes each stage true', async () => {
    const page = await options('#board');
    const column = (stage: string) => page.locator(`.board-column[data-stage="${stage}"]`);
    await column('to-contact').getByText('Leo Park').waitFor();
    // Held by its edge, as a person grabs a card: its middle is the "Move to" menu.
    await page.dragAndDrop(`.board-card[data-url="${LEO}"]`, '.board-column[data-stage="asked"]', {
      sourcePosition: { x: 4, y: 4 },
    });
    await column('asked').getByText('Leo Park').waitFor();
    expect(await kinds(LEO)).toEqual(['outreach-sent']);

    const menu = column('to-contact').getByRole('combobox', { name: 'Move Maya Okafor to' });
    await menu.focus();
    await page.keyboard.press('ArrowDown');
    await column('asked').getByText('Maya Okafor').waitFor();
    expect(await kinds(MAYA)).toEqual(['outreach-sent']);
    await expect
      .poll(() => page.locator('.board-status').textContent())
      .toContain('Maya Okafor is now asked');
    await page.getByRole('button', { name: 'Undo' }).click();
    await column('to-contact').getByText('Maya Okafor').waitFor();
    expect(await kinds(MAYA)).toEqual([]);
    await page.close();
  });
});

describe('upcoming', () => {
  it('shows what is due in the coming days under its day', async () => {
    const inFour = Date.now() + 4 * DAY;
    await send('ui:saveActionItem', { contactUrl: LEO, title: 'Send my portfolio link', dueAt: inFour });
    const page = await options('#upcoming');
    const day = new Date(inFour).toLocaleDateString('en-US', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    });
    const group = page.locator('.upcoming-day', { has: page.getByRole('heading', { name: day }) });
    await group.getByText('Send my portfolio link').waitFor();
    await page.close();
  });
});

describe("a person's page", () => {
  it('shows their whole profile and keeps a pinned question', async () => {
    const page = await options(contactPageHash(MAYA));
    const profile = page.getByRole('region', { name: 'Profile' });
    await profile.getByText('Mar 2021 – present').first().waitFor();
    for (const text of [
      'Human-Computer Interaction',
      'Yoruba',
      'Certified Usability Analyst',
      'Open Research Circle',
    ]) {
      await profile.getByText(text, { exact: false }).first().waitFor();
    }
    const first = page.locator('[data-testid="questions"] li.question').first();
    const question = await first.locator('.question-text').textContent();
    await first.getByRole('button', { name: 'Question actions' }).click();
    await first.getByRole('menuitem', { name: 'Pin' }).click();
    await expect
      .poll(
        async () =>
          (
            await send<{ contact: { prep?: { questions?: { pinned: string[] } } } }>('ui:getContact', {
              url: MAYA,
            })
          ).contact.prep?.questions?.pinned.length,
      )
      .toBe(1);
    await page.reload();
    const pinned = page.locator('[data-testid="questions"] li.question.pinned');
    await pinned.first().waitFor();
    expect(await pinned.first().locator('.question-text').textContent()).toBe(question);
    await page.close();
  });
});

describe('contacts in and out', () => {
  it("imports LinkedIn's Connections.csv and exports CSV and vCard", async () => {
    const page = await options('#data');
    const csv = [
      'Notes:',
      '"When exporting your connection data, you may notice that some of the email addresses are missing."',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Priya,Raman,https://www.linkedin.com/in/priya-raman,priya@example.org,Harbourline Studio,Design Lead,15 Mar 2023',
    ].join('\r\n');
    await page.locator('#connections-file').setInputFiles({
      name: 'Connections.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Add 1 person' }).click();
    await page.getByText('Added 1 person to contact.').waitFor();
    const priya = await send<{ contact: { stage: string; email?: string } } | null>('ui:getContact', {
      url: 'https://www.linkedin.com/in/priya-raman/',
    });
    expect(priya?.contact).toMatchObject({ stage: 'to-contact', email: 'priya@example.org' });

    for (const [button, header] of [
      ['Export contacts (CSV)', '\uFEFFName,Headline,Title,Company'],
      ['Export contacts (vCard)', 'BEGIN:VCARD\r\nVERSION:4.0'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      const text = readFileSync((await download.path()) ?? '', 'utf8');
      expect(text.startsWith(header)).toBe(true);
      expect(text).toContain('Priya Raman');
      expect(text).toContain('Maya Okafor');
    }
    await page.close();
  });
});

describe('the popup by keyboard', () => {
  it('moves between its tabs with the arrow keys, and the person follows what is done in Due', async () => {
    await send('ui:logInteraction', {
      contactUrl: MAYA,
      kind: 'meeting-held',
      at: Date.now() - 29 * 3600_000,
    });
    const profile = await rapport.context.newPage();
    await profile.goto(MAYA);
    const popup = await rapport.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(`chrome-extension://${rapport.extensionId}/src/popup/index.html`);
    const card = popup.getByTestId('contact-card');
    await expect.poll(() => card.textContent(), { timeout: 15_000 }).toContain('Met');
    expect(await popup.getByText('This is me').count()).toBe(0);

    await popup.getByRole('tab', { name: 'This person' }).focus();
    await popup.keyboard.press('ArrowRight');
    const due = popup.getByRole('tab', { name: /^Due/ });
    expect(await due.getAttribute('aria-selected')).toBe('true');
    expect(await due.evaluate((el) => el === document.activeElement)).toBe(true);
    const thankYou = popup.getByTestId('follow-up').filter({ hasText: 'Maya Okafor' }).first();
    await thankYou.getByRole('button', { name: 'Mark sent' }).click();
    await popup.getByText('marked sent').waitFor();

    await popup.keyboard.press('Shift+Tab');
    await due.focus();
    await popup.keyboard.press('ArrowLeft');
    await expect.poll(() => popup.getByTestId('contact-card').textContent()).toContain('Thanked');
    await popup.close();
    await profile.close();
  });
});
