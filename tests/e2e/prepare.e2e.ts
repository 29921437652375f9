import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchRapport, type Rapport, ROOT, readFixture, sendFrom } from '../../scripts/lib/launch';
import { openToolbarPopup } from '../../scripts/lib/toolbar-popup';
import type { Contact } from '../../src/shared/contact';
import type { Interaction } from '../../src/shared/interaction';
import { sam } from '../fixtures/sam-rivera';

const DEMO_URL = 'https://www.linkedin.com/in/demo-maya-okafor/';
const DEMO_PATH = '/in/demo-maya-okafor/';
const SHOTS = join(ROOT, 'artifacts/prepare');
/** The popup is 380 px wide; a 400 px window shows it as Chromium would, with room for the scrollbar. */
const POPUP_VIEWPORT = { width: 400, height: 1500 };

let rapport: Rapport;
let ui: Page;
let profile: Page;

/** Sends a message as Rapport's own pages do, and returns the result (or throws the error). */
const call = <T = unknown>(type: string, data: unknown) => sendFrom<T>(ui, type, data);

const contact = async () =>
  (await call<{ contact: Contact } | null>('ui:getContact', { url: DEMO_URL }))?.contact;

async function openPopup(): Promise<Page> {
  const popup = await rapport.openPage('src/popup/index.html');
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.getByTestId('common-ground').waitFor({ timeout: 15_000 });
  return popup;
}

/** What the clipboard holds, as the user would see it: pasted with the keyboard into a scratch box. */
async function pasted(page: Page): Promise<string> {
  await page.evaluate(() => {
    document.getElementById('paste-check')?.remove();
    const box = document.createElement('textarea');
    box.id = 'paste-check';
    document.body.append(box);
  });
  await page.locator('#paste-check').focus();
  await page.keyboard.press('ControlOrMeta+V');
  const value = await page.locator('#paste-check').inputValue();
  await page.evaluate(() => document.getElementById('paste-check')?.remove());
  return value;
}

beforeAll(async () => {
  rapport = await launchRapport();
  await rapport.serveLinkedIn({ [DEMO_PATH]: readFixture('tests/fixtures/linkedin/demo-profile.html') });
  ui = await rapport.openPage('src/options/index.html');
  // The user studied where Maya did her master's, and overlapped with her at Northwind Health.
  await call('ui:saveSettings', {
    settings: sam(
      {
        obstacles: ['No portfolio yet'],
        education: [
          { school: 'University of Leeds', degree: 'BSc', field: 'Psychology', start: '2015', end: '2018' },
        ],
      },
      ['How do you decide which research method to use?'],
    ),
  });
  profile = await rapport.context.newPage();
  await profile.goto(DEMO_URL);
  await vi.waitFor(async () => expect(await contact()).toBeTruthy(), { timeout: 20_000, interval: 200 });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await rapport?.close();
});

describe('Preparing for Maya in the popup', () => {
  it('opens from the toolbar button over her profile and shows her, with what they share', async () => {
    await profile.bringToFront();
    const popup = await openToolbarPopup(rapport, profile);
    try {
      const shown = await popup.waitFor<{ name: string; shared: string[] }>(`(() => {
        const items = [...document.querySelectorAll('[data-testid="common-ground"] li')];
        const name = document.querySelector('[data-testid="contact-card"] h2')?.textContent;
        return items.length && name ? { name, shared: items.map((li) => li.textContent) } : null;
      })()`);
      expect(shown.name).toBe('Maya Okafor');
      expect(shown.shared[0]).toBe('You were both at Northwind Health in 2018–2020');
    } finally {
      await popup.close();
    }
  });

  it('shows the employer and school they share, the employer with the years they overlapped', async () => {
    const popup = await openPopup();
    const ground = popup.getByTestId('common-ground');
    const items = await ground.getByRole('listitem').allTextContents();
    expect(items.slice(0, 2)).toEqual([
      'You were both at Northwind Health in 2018–2020',
      'You both studied at the University of Leeds',
    ]);
    await popup.screenshot({ path: join(SHOTS, 'popup-first-view.png'), fullPage: true });
    await popup.close();
  });

  it('suggests questions only Maya can answer, and keeps a pin across popups', async () => {
    const popup = await openPopup();
    await popup.getByText('Questions to ask', { exact: true }).click();
    const questions = popup.getByTestId('questions');
    // The questions' code loads when the list is first opened.
    await questions.locator('.question-text').first().waitFor();
    const texts = await questions.locator('.question-text').allTextContents();
    expect(texts.length).toBeGreaterThanOrEqual(8);
    expect(texts).toContain('How did your time at the University of Leeds shape where you went next?');
    expect(texts.some((t) => t.includes('Brightwater Labs'))).toBe(true);
    expect(texts).toContain('How do you decide which research method to use?');
    expect(await questions.getByRole('heading', { level: 4 }).allTextContents()).toEqual(
      expect.arrayContaining(['Their path', 'Their role', 'Who else', 'My questions']),
    );

    const whoElse = questions.locator('[data-question-id="who-else/recommend"]');
    await whoElse.getByRole('button', { name: 'Question actions' }).click();
    await whoElse.getByRole('menuitem', { name: 'Pin' }).click();
    await expect.poll(async () => (await contact())?.prep?.questions?.pinned).toEqual(['who-else/recommend']);
    await popup.screenshot({ path: join(SHOTS, 'popup-questions.png'), fullPage: true });
    await popup.close();

    const again = await openPopup();
    await again.getByText('Questions to ask', { exact: true }).click();
    const first = again.getByTestId('questions').locator('.question-text').first();
    expect(await first.textContent()).toBe('Who else would you recommend I talk to?');
    await again.close();
  });

  it('arranges a question by keyboard: one tab stop a row, a menu the arrow keys move through', async () => {
    const popup = await openPopup();
    await popup.getByText('Questions to ask', { exact: true }).click();
    const questions = popup.getByTestId('questions');
    const row = questions.locator('li.question:not(.pinned)').first();
    await row.waitFor();
    const id = (await row.getAttribute('data-question-id')) as string;
    const focused = () =>
      popup.evaluate(() => {
        const el = document.activeElement;
        return {
          role: el?.getAttribute('role') ?? el?.tagName.toLowerCase(),
          name: el?.getAttribute('aria-label') ?? el?.textContent,
          row: el?.closest('[data-question-id]')?.getAttribute('data-question-id'),
        };
      });
    await row.getByRole('button', { name: 'Question actions' }).focus();
    await popup.keyboard.press('Tab');
    const next = await focused();
    expect(next.name).toBe('Question actions');
    expect(next.row).not.toBe(id);
    await popup.keyboard.press('Shift+Tab');
    expect((await focused()).row).toBe(id);

    await popup.keyboard.press('ArrowDown');
    await row.getByRole('menu', { name: 'Question actions' }).waitFor();
    expect((await focused()).role).toBe('menuitem');
    for (let n = 0; n < 5 && (await focused()).name !== 'Move down'; n++)
      await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await expect
      .poll(async () => {
        const order = (await contact())?.prep?.questions?.order ?? [];
        return order.indexOf(id) > 0;
      })
      .toBe(true);
    // The menu stays open on the moved question, so it can move again.
    expect(await focused()).toEqual({ role: 'menuitem', name: 'Move down', row: id });
    await popup.keyboard.press('Escape');
    expect(await questions.getByRole('menu').count()).toBe(0);
    expect(await focused()).toEqual({ role: 'button', name: 'Question actions', row: id });
    await popup.close();
  });

  it('drafts the email with nothing left unfilled, and keeps what the user types', async () => {
    const popup = await openPopup();
    await popup.getByText('Draft email', { exact: true }).click();
    expect(await popup.getByLabel('Template').inputValue()).toBe('builtin-outreach');
    const subject = await popup.getByLabel('Subject').inputValue();
    const body = await popup.getByLabel('Message').inputValue();
    expect(subject).toBe('20 minutes of advice on UX research?');
    expect(body).toMatch(/^Hi Maya,/);
    expect(body).toContain('we were both at Northwind Health in 2018–2020');
    expect(body).toContain('Would you have 20 minutes');
    expect(`${subject}\n${body}`).not.toMatch(/\{\{|\}\}/);
    const mailto = await popup.getByRole('link', { name: 'Open in mail app' }).getAttribute('href');
    expect(mailto).toMatch(/^mailto:\?subject=20%20minutes/);
    const gmail = popup.getByRole('link', { name: 'Open in Gmail' });
    expect(await gmail.getAttribute('target')).toBe('_blank');
    expect(await gmail.getAttribute('href')).toMatch(/^https:\/\/mail\.google\.com\/mail\/\?view=cm/);
    await popup.screenshot({ path: join(SHOTS, 'popup-draft.png'), fullPage: true });

    await popup.getByLabel('Message').fill(`${body}\n\nP.S. I loved your talk on research ops.`);
    await expect
      .poll(async () => (await contact())?.prep?.draft?.body ?? '', { timeout: 5_000 })
      .toContain('P.S. I loved your talk');
    await popup.close();

    const again = await openPopup();
    await again.getByText('Draft email', { exact: true }).click();
    expect(await again.getByLabel('Message').inputValue()).toContain('P.S. I loved your talk');
    await again.getByRole('button', { name: 'Start over from the template' }).click();
    expect(await again.getByLabel('Message').inputValue()).not.toContain('P.S.');
    await expect.poll(async () => (await contact())?.prep?.draft?.body).toBe('');
    await again.close();
  });

  it('drafts a LinkedIn connection note within LinkedIn’s limit, counted live, and a message, each copied', async () => {
    const popup = await openPopup();
    await popup.getByText('LinkedIn note and message', { exact: true }).click();
    const section = popup.getByTestId('linkedin-drafts');
    const note = section.getByLabel('Connection note', { exact: true });
    await note.waitFor();
    const text = await note.inputValue();
    expect(text).toMatch(/^Hi Maya,\n\nI’m Sam Rivera/);
    expect(text).toMatch(/20 minutes of advice on UX research sometime\?$/);
    expect(text.length).toBeLessThanOrEqual(300);
    const counter = section.locator('.note-count');
    expect(await counter.textContent()).toBe(`${text.length}/300`);
    const message = await section.getByLabel('LinkedIn message', { exact: true }).inputValue();
    expect(message).toContain('we were both at Northwind Health in 2018–2020');
    expect(message).toContain('Would you have 20 minutes');
    expect(`${text}\n${message}`).not.toMatch(/\{\{|\}\}| {2}/);
    await popup.screenshot({ path: join(SHOTS, 'popup-linkedin.png'), fullPage: true });

    await section.getByRole('button', { name: 'Copy note' }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toBe('Copied the note.');
    expect(await pasted(popup)).toBe(text);
    await section.getByRole('button', { name: 'Copy message' }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toBe('Copied the message.');
    expect(await pasted(popup)).toBe(message);

    await note.fill(`${text} ${'a'.repeat(300)}`);
    expect(await counter.textContent()).toBe(
      `${text.length + 301}/300: ${text.length + 1} over LinkedIn’s limit`,
    );
    await popup.screenshot({ path: join(SHOTS, 'popup-linkedin-over.png'), fullPage: true });
    await expect
      .poll(async () => (await contact())?.prep?.linkedIn?.note ?? '', { timeout: 5_000 })
      .toContain('a'.repeat(300));
    await popup.close();

    // The popup closes when the user clicks into LinkedIn to paste; their words are there when they come back.
    const again = await openPopup();
    await again.getByText('LinkedIn note and message', { exact: true }).click();
    const kept = again.getByTestId('linkedin-drafts').getByLabel('Connection note', { exact: true });
    await kept.waitFor();
    expect(await kept.inputValue()).toBe(`${text} ${'a'.repeat(300)}`);
    await again
      .getByTestId('linkedin-drafts')
      .getByRole('button', { name: 'Start over from the template' })
      .click();
    expect(await kept.inputValue()).toBe(text);
    await again.close();
  });

  it('"Mark as sent" records the outreach', async () => {
    const popup = await openPopup();
    await popup.getByText('Draft email', { exact: true }).click();
    await popup.getByRole('button', { name: 'Mark as sent' }).click();
    await expect
      .poll(() => popup.getByTestId('draft').getByRole('status').textContent())
      .toBe('Marked as sent.');
    const interactions = await call<Interaction[]>('ui:listInteractions', { contactUrl: DEMO_URL });
    expect(interactions.map((i) => i.kind)).toEqual(['outreach-sent']);
    await expect.poll(() => popup.getByTestId('contact-card').locator('.stage').textContent()).toBe('Asked');
    await popup.close();
  });

  it('made no network request from its pages or worker', () => {
    expect(rapport.networkViolations()).toEqual([]);
  });
});
