import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  launchRapport,
  type Rapport,
  ROOT,
  readFixture,
  sendFrom,
  waitForContact,
} from '../../scripts/lib/launch';
import { readCsv } from '../../src/core/csv/read-csv';
import { interviewCells } from '../../src/core/journal/interview-rows';
import { referralPlaceholderUrl } from '../../src/core/referrals/referral-match';
import type { Contact } from '../../src/shared/contact';
import type { InterviewRow } from '../../src/shared/journal';
import type { MeetingState } from '../../src/shared/meeting';
import { sam } from '../fixtures/sam-rivera';

const MAYA = 'https://www.linkedin.com/in/demo-maya-okafor/';
const PRIYA = 'https://www.linkedin.com/in/priya-raman-demo/';
const SHOTS = join(ROOT, 'artifacts/meeting');
const POPUP_VIEWPORT = { width: 400, height: 1600 };

let rapport: Rapport;
let ui: Page;
let mayaTab: Page;

const call = <T = unknown>(type: string, data: unknown) => sendFrom<T>(ui, type, data);
const contact = async (url: string) =>
  (await call<{ contact: Contact } | null>('ui:getContact', { url }))?.contact;
const meeting = () => call<MeetingState | null>('ui:getMeeting', {});

async function openPopup(): Promise<Page> {
  await mayaTab.bringToFront();
  const popup = await rapport.openPage('src/popup/index.html');
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.getByTestId('common-ground').waitFor({ timeout: 15_000 });
  return popup;
}

/** The one-key capture moves focus to its field; typing waits for it, as a person would see it. */
async function captureFocused(popup: Page) {
  await expect.poll(() => popup.evaluate(() => document.activeElement?.id ?? '')).toMatch(/-capture$/);
}

async function stopWorker() {
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
  await cdp.detach();
}

beforeAll(async () => {
  rapport = await launchRapport();
  await rapport.serveLinkedIn({
    '/in/demo-maya-okafor/': readFixture('tests/fixtures/linkedin/demo-profile.html'),
    '/in/priya-raman-demo/': readFixture('tests/fixtures/linkedin/loggedin-2022-priya-raman.html'),
  });
  ui = await rapport.openPage('src/options/index.html');
  await call('ui:saveSettings', { settings: sam({ signature: 'Sam Rivera\nUX research, Leeds' }) });
  mayaTab = await rapport.context.newPage();
  await mayaTab.goto(MAYA);
  await waitForContact(ui, MAYA);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await rapport?.close();
});

describe('A meeting with Maya, and what follows it', () => {
  it('runs from the popup, survives the popup closing and the worker stopping, and ends into the thank-you', async () => {
    let popup = await openPopup();
    // Pin the question to ask: it becomes the agenda.
    await popup.getByText('Questions to ask', { exact: true }).click();
    const whoElse = popup.getByTestId('questions').locator('[data-question-id="who-else/recommend"]');
    await whoElse.getByRole('button', { name: 'Question actions' }).click();
    await whoElse.getByRole('menuitem', { name: 'Pin' }).click();
    await expect
      .poll(async () => (await contact(MAYA))?.prep?.questions?.pinned)
      .toEqual(['who-else/recommend']);

    await popup.getByText('Meeting mode', { exact: true }).click();
    await popup.getByLabel('20 min').check();
    await popup.getByRole('button', { name: 'Start meeting' }).click();
    const runner = popup.getByTestId('meeting');
    await runner.waitFor();
    expect(await runner.getByTestId('meeting-remaining').textContent()).toMatch(/^(20:00|19:5\d)$/);

    await runner.getByRole('checkbox', { name: 'Who else would you recommend I talk to?' }).check();
    await runner
      .getByLabel('Note: Who else would you recommend I talk to?')
      .fill('Priya Raman, who runs research ops');
    await runner.getByLabel('Mention in the thank-you').check();
    await runner.getByLabel('Notes', { exact: true }).fill('Generous with her time.\nLoves diary studies.');
    // One key each: A for advice, T for an action item, R for someone to talk to.
    await runner.locator('.meeting-clock').click();
    await popup.keyboard.press('a');
    await captureFocused(popup);
    await popup.keyboard.type('Get the AWS certification');
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('t');
    await captureFocused(popup);
    await popup.keyboard.type('Book the AWS exam');
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('r');
    await captureFocused(popup);
    await popup.keyboard.type('Priya Raman at Fernway Bank');
    await popup.keyboard.press('Enter');
    await expect
      .poll(async () => (await meeting())?.captured.map((c) => c.kind))
      .toEqual(['advice', 'action', 'referral']);
    await expect
      .poll(async () => (await meeting())?.notes)
      .toBe('Generous with her time.\nLoves diary studies.');
    await popup.screenshot({ path: join(SHOTS, 'popup-meeting.png'), fullPage: true });
    await popup.close();

    await stopWorker();
    popup = await openPopup();
    const again = popup.getByTestId('meeting');
    await again.waitFor();
    expect(
      await again.getByRole('checkbox', { name: 'Who else would you recommend I talk to?' }).isChecked(),
    ).toBe(true);
    expect(await again.getByLabel('Note: Who else would you recommend I talk to?').inputValue()).toBe(
      'Priya Raman, who runs research ops',
    );
    expect(await again.getByLabel('Notes', { exact: true }).inputValue()).toBe(
      'Generous with her time.\nLoves diary studies.',
    );
    expect(await again.locator('.meeting-captured li').allTextContents()).toEqual([
      expect.stringContaining('Advice: Get the AWS certification'),
      expect.stringContaining('Action item: Book the AWS exam'),
      expect.stringContaining('Talk to…: Priya Raman at Fernway Bank'),
    ]);

    await again.getByRole('button', { name: 'End meeting' }).click();
    await popup.getByTestId('meeting-start').waitFor();
    const template = popup.getByLabel('Template');
    await expect.poll(() => template.inputValue(), { timeout: 10_000 }).toBe('builtin-thank-you');
    const body = await popup.getByLabel('Message').inputValue();
    expect(body).toContain('what you said (“Priya Raman, who runs research ops”)');
    expect(body).toContain('your advice (“get the AWS certification”)');
    expect(body).toMatch(/Sam Rivera\nUX research, Leeds$/);
    const mailto = (await popup.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')) ?? '';
    expect(mailto).toContain('Sam%20Rivera%0D%0AUX%20research');
    const gmail = (await popup.getByRole('link', { name: 'Open in Gmail' }).getAttribute('href')) ?? '';
    expect(gmail).toContain('Sam%20Rivera%0D%0AUX%20research');
    await popup.screenshot({ path: join(SHOTS, 'popup-thank-you.png'), fullPage: true });
    await popup.close();

    const held = (
      await call<{ kind: string; meeting?: { minutes: number }; note?: string }[]>('ui:listInteractions', {
        contactUrl: MAYA,
      })
    ).find((i) => i.kind === 'meeting-held');
    expect(held?.meeting?.minutes).toBeGreaterThanOrEqual(1);
    expect(held?.note).toContain('Loves diary studies.');
  });

  it('the referral is a contact linked to Maya, and her profile merges into it', async () => {
    const placeholder = referralPlaceholderUrl('Priya Raman', 'Fernway Bank');
    expect(await contact(placeholder)).toMatchObject({ stage: 'to-contact', referredBy: { url: MAYA } });
    const priyaTab = await rapport.context.newPage();
    await priyaTab.goto(PRIYA);
    await vi.waitFor(async () => expect((await contact(PRIYA))?.referredBy?.url).toBe(MAYA), {
      timeout: 20_000,
    });
    expect(await contact(placeholder)).toBeUndefined();
    // Her outreach draft says who suggested her.
    const popup = await rapport.openPage('src/popup/index.html');
    await popup.getByText('Draft email', { exact: true }).click();
    await expect
      .poll(() => popup.getByLabel('Message').inputValue())
      .toContain('Maya Okafor suggested I get in touch');
    await popup.close();
    await priyaTab.close();
  });

  it('completing the action item makes the keep-them-posted draft say so', async () => {
    const item = (await contact(MAYA))?.followUps.find((f) => f.kind === 'action-item');
    expect(item?.title).toBe('Book the AWS exam');
    await call('ui:actOnFollowUp', { id: item?.id, contactUrl: MAYA, action: 'done' });
    const popup = await openPopup();
    await popup.getByText('Draft email', { exact: true }).click();
    await popup.getByLabel('Template').selectOption('builtin-keep-posted');
    await expect
      .poll(() => popup.getByLabel('Message').inputValue())
      .toContain('I took your advice and book the AWS exam.');
    await popup.close();
  });

  it('the journal shows a theme once two people gave the same advice, and its CSV parses back', async () => {
    await call('ui:logInteraction', {
      contactUrl: PRIYA,
      kind: 'meeting-held',
      at: Date.now(),
      note: 'An AWS cert opens doors, "really"\n=SUM(A1) is not advice',
    });
    // Priya has met the user: Maya, who introduced her, is owed thanks.
    await expect
      .poll(async () => (await contact(MAYA))?.followUps.map((f) => f.kind))
      .toContain('thank-referrer');
    const journal = await rapport.openPage('src/options/index.html#journal');
    const theme = journal.getByTestId('journal-theme');
    await theme.waitFor();
    expect(await theme.locator('summary').textContent()).toBe('2 people told you: AWS certification');
    await theme.locator('summary').click();
    expect(await theme.textContent()).toContain('Get the AWS certification');
    await journal.screenshot({ path: join(SHOTS, 'journal-themes.png'), fullPage: true });

    await journal.getByRole('tab', { name: 'Table' }).click();
    await journal.locator('.journal-table').waitFor();
    const [download] = await Promise.all([
      journal.waitForEvent('download'),
      journal.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = readCsv(text);
    const rows = await call<InterviewRow[]>('ui:listInterviews', {});
    const expected = rows.sort((a, b) => b.at - a.at).map(interviewCells);
    expect(parsed.rows).toEqual(expected);
    expect(parsed.rows.flat()).toContain('An AWS cert opens doors, "really"\n=SUM(A1) is not advice');
    await journal.screenshot({ path: join(SHOTS, 'journal-table.png'), fullPage: true });
    await journal.close();
  });

  it('made no network request', () => {
    expect(rapport.networkViolations()).toEqual([]);
  });
});
