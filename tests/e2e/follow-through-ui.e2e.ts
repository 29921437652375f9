import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport, readFixture, sendFrom, waitForContact } from '../../scripts/lib/launch';

// Drives the follow-through views of the real popup and options page in Chromium, and leaves screenshots.
const MAYA = 'https://www.linkedin.com/in/demo-maya-okafor/';
const LEO = 'https://www.linkedin.com/in/leo-park/';
const PRIYA = 'https://www.linkedin.com/in/priya-raman/';
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const SHOTS = process.env.SHOTS ?? join(tmpdir(), 'rapport-shots');

let rapport: Rapport;
let ui: Page;
/** Maya's profile stays open: the popup, opened in a tab, is about the last LinkedIn tab used. */
let profile: Page;

const send = <T = unknown>(type: string, data: unknown) => sendFrom<T>(ui, type, data);

type View = 'due' | 'activity' | 'contacts' | 'journal' | 'reminders';

/** Opens a view the way a user reaches it: the popup's tabs, or the options page's sections. */
async function open(view: View): Promise<Page> {
  const popup = view === 'due' || view === 'activity';
  if (popup) await profile.bringToFront();
  const page = await rapport.context.newPage();
  await page.setViewportSize({ width: popup ? 380 : 1100, height: 900 });
  const path = popup ? 'src/popup/index.html' : `src/options/index.html#${view}`;
  await page.goto(`chrome-extension://${rapport.extensionId}/${path}`);
  if (view === 'due') await page.getByRole('tab', { name: /^Due/ }).click();
  return page;
}

const dueTab = (page: Page) => page.getByRole('tab', { name: /^Due/ });
/** The rows due now (overdue and today): the view also lists the next two weeks below them. */
const dueNow = (page: Page) =>
  page
    .locator('.upcoming-day')
    .filter({ has: page.getByRole('heading', { name: /^(Overdue|Today)/ }) })
    .getByTestId('follow-up');

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  rapport = await launchRapport();
  await rapport.serveLinkedIn({
    '/in/demo-maya-okafor/': readFixture('tests/fixtures/linkedin/demo-profile.html'),
  });
  ui = await rapport.openPage('src/options/index.html');
  profile = await rapport.context.newPage();
  await profile.goto(MAYA);
  await waitForContact(ui, MAYA);

  const now = Date.now();
  const scheduled = await send<{ id: string }>('ui:logInteraction', {
    contactUrl: MAYA,
    kind: 'meeting-scheduled',
    at: now - 5 * DAY,
    meeting: { startsAt: now - 30 * HOUR, minutes: 45, where: 'Zoom' },
  });
  await send('ui:logInteraction', {
    contactUrl: MAYA,
    kind: 'meeting-held',
    at: now - 29 * HOUR,
    scheduledId: scheduled.id,
    note: 'Build a portfolio with three case studies before applying.\nAsk Priya about research ops.',
  });
  await send('ui:logInteraction', {
    contactUrl: MAYA,
    kind: 'referral-made',
    at: now - 29 * HOUR,
    referral: { name: 'Priya Raman', url: PRIYA },
  });
  await send('ui:logInteraction', {
    contactUrl: MAYA,
    kind: 'meeting-scheduled',
    at: now - HOUR,
    meeting: { startsAt: now + 3 * DAY, minutes: 30, where: 'Café Nero, Leeds' },
  });
  // Maya introduced Leo: a referral with a link is how a person joins without a visit to their page.
  await send('ui:logInteraction', {
    contactUrl: MAYA,
    kind: 'referral-made',
    at: now - 29 * HOUR,
    referral: { name: 'Leo Park', url: LEO },
  });
  await send('ui:logInteraction', { contactUrl: LEO, kind: 'outreach-sent', at: now - 8 * DAY });
  await send('ui:logInteraction', {
    contactUrl: LEO,
    kind: 'note',
    at: now - 40 * DAY,
    note: 'Met at the UX Leeds meetup; hires juniors every spring.',
  });
  await send('ui:saveActionItem', { contactUrl: LEO, title: 'Send my portfolio link', dueAt: now - HOUR });
});

afterAll(async () => {
  await rapport?.close();
});

describe('follow-through UI in Chromium', () => {
  it('the due view lists overdue first and clears a thank-you in one click, undoably', async () => {
    const page = await open('due');
    const rows = dueNow(page);
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.first().textContent()).toMatch(/Overdue.*Demo|Maya/);
    expect(await rows.first().getAttribute('class')).toContain('overdue');
    await expect.poll(() => dueTab(page).textContent()).toBe('Due (3)');
    await page.screenshot({ path: `${SHOTS}/due.png`, fullPage: true });

    await rows.first().getByRole('button', { name: 'Mark sent' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => dueTab(page).textContent()).toBe('Due (2)');
    expect(await page.getByRole('status').textContent()).toMatch(/marked sent/);
    await page.screenshot({ path: `${SHOTS}/due-after-mark-sent.png`, fullPage: true });
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows.count()).toBe(3);

    const nudge = rows.filter({ hasText: 'Nudge' });
    await nudge.locator('summary').click();
    await page.screenshot({ path: `${SHOTS}/due-snooze-open.png`, fullPage: true });
    await nudge.getByRole('button', { name: '1 day' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await page.close();
  });

  it('the activity panel logs a note and saves the next meeting as an .ics file', async () => {
    const page = await open('activity');
    await page.getByRole('button', { name: 'Note', exact: true }).click();
    await page.getByLabel('Note', { exact: true }).fill('Send her the article on research repositories');
    await page.screenshot({ path: `${SHOTS}/activity-note-form.png`, fullPage: true });
    await page.getByRole('button', { name: 'Log it' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Logged: Note.');
    await expect.poll(() => page.locator('ul.timeline').textContent()).toContain('research repositories');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('upcoming-meeting').getByRole('button', { name: 'Save to calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^meeting-maya-okafor-\d{4}-\d{2}-\d{2}\.ics$/);
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('LOCATION:Café Nero\\, Leeds');
    await page.screenshot({ path: `${SHOTS}/activity.png`, fullPage: true });
    await page.close();
  });

  it('the contacts section lists people and shows one with history to edit', async () => {
    const page = await open('contacts');
    await expect.poll(() => page.locator('.contact-rows li').count()).toBe(3);
    await page.screenshot({ path: `${SHOTS}/contacts.png`, fullPage: true });

    await page.getByRole('link', { name: 'Maya Okafor' }).click();
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('Maya Okafor');
    await page.screenshot({ path: `${SHOTS}/contact-detail.png`, fullPage: true });

    const before = await send<{ contact: { followUps: { kind: string; overdueAt?: number }[] } }>(
      'ui:getContact',
      { url: MAYA },
    );
    const history = page.getByRole('list', { name: 'Everything with Maya Okafor' });
    const held = history.getByRole('listitem').filter({ hasText: 'Meeting held' });
    await held.getByRole('button', { name: 'Edit' }).click();
    await held.getByLabel('What did you learn? (kept in your journal)').fill('Build a portfolio first.');
    await held.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => history.textContent()).toContain('Build a portfolio first.');
    const after = await send<typeof before>('ui:getContact', { url: MAYA });
    const thanks = (v: typeof before) => v.contact.followUps.find((f) => f.kind === 'thank-you')?.overdueAt;
    expect(thanks(after)).toBe(thanks(before));

    await page.getByRole('link', { name: 'Priya Raman' }).first().click();
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('Priya Raman');
    expect(await page.getByLabel('Referred by').inputValue()).toBe('Maya Okafor');
    await page.close();
  });

  it('the journal and reminders sections', async () => {
    const journal = await open('journal');
    await expect.poll(() => journal.locator('.journal-entry').count()).toBeGreaterThanOrEqual(3);
    await journal.screenshot({ path: `${SHOTS}/journal.png`, fullPage: true });
    await journal.getByLabel('Filter notes').fill('portfolio');
    await expect.poll(() => journal.locator('.journal-entry').count()).toBe(1);
    await journal.close();

    const reminders = await open('reminders');
    await reminders.getByLabel('Check in every').fill('60');
    await reminders.getByRole('button', { name: 'Save reminders' }).click();
    await expect.poll(() => reminders.getByRole('status').textContent()).toMatch(/^Saved/);
    expect(
      (await send<{ followUps: { checkInDays: number } }>('ui:getSettings', {})).followUps.checkInDays,
    ).toBe(60);
    await reminders.screenshot({ path: `${SHOTS}/reminders.png`, fullPage: true });
    await reminders.close();
  });

  it('looks right in dark mode', async () => {
    const page = await open('due');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.getByTestId('follow-up').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/due-dark.png`, fullPage: true });
    await page.close();
  });

  it('works from the keyboard, and says when nothing is left', async () => {
    const page = await open('due');
    const rows = dueNow(page);
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    while ((await rows.count()) > 0) {
      const before = await rows.count();
      await rows
        .first()
        .getByRole('button', { name: /^(Mark sent|Done)$/ })
        .focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => rows.count()).toBe(before - 1);
      // Focus moves to the outcome, not to the top of the page, when the row it was on goes away.
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('follow-up-status');
    }
    // What comes up in the next two weeks stays listed below.
    await expect.poll(() => page.getByText('Nothing due today.').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/due-empty.png`, fullPage: true });
    await page.close();
  });

  it('made no network request', () => {
    expect(rapport.networkViolations()).toEqual([]);
  });
});
