import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchRapport,
  type Rapport,
  ROOT,
  readFixture,
  sendFrom,
  waitForContact,
} from '../../scripts/lib/launch';
import type { Contact } from '../../src/shared/contact';
import type { Interaction } from '../../src/shared/interaction';
import type { MeetingState } from '../../src/shared/meeting';
import { contactPageHash, OPTIONS_PAGE, POPUP_PAGE } from '../../src/shared/routes';
import { sam } from '../fixtures/sam-rivera';

const MAYA = 'https://www.linkedin.com/in/demo-maya-okafor/';
const WHO_ELSE = 'Who else would you recommend I talk to?';
const SHOTS = join(ROOT, 'artifacts/meeting-tab');

let rapport: Rapport;
let ui: Page;
let mayaTab: Page;

const call = <T = unknown>(type: string, data: unknown) => sendFrom<T>(ui, type, data);
const contact = async (url: string) =>
  (await call<{ contact: Contact } | null>('ui:getContact', { url }))?.contact;
const meeting = () => call<MeetingState | null>('ui:getMeeting', {});

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

/** What the full-tab meeting shows: the ticked question, its note, the free notes and what was caught. */
async function shown(tab: Page) {
  const runner = tab.getByTestId('meeting');
  await runner.waitFor({ timeout: 15_000 });
  return {
    ticked: await runner.getByRole('checkbox', { name: WHO_ELSE }).isChecked(),
    note: await runner.getByLabel(`Note: ${WHO_ELSE}`).inputValue(),
    notes: await runner.getByLabel('Notes', { exact: true }).inputValue(),
    caught: await runner.locator('.meeting-captured li').allTextContents(),
  };
}

const EXPECTED = {
  ticked: true,
  note: 'Ask Priya about research ops',
  notes: 'Met on a video call.\nShe prefers email.',
  caught: [expect.stringContaining('Advice: Run a diary study before the redesign')],
};

beforeAll(async () => {
  rapport = await launchRapport();
  await rapport.serveLinkedIn({
    '/in/demo-maya-okafor/': readFixture('tests/fixtures/linkedin/demo-profile.html'),
  });
  ui = await rapport.openPage(OPTIONS_PAGE);
  await call('ui:saveSettings', { settings: sam() });
  mayaTab = await rapport.context.newPage();
  await mayaTab.goto(MAYA);
  await waitForContact(ui, MAYA);
  // The question the user pinned for her is the agenda.
  await call('ui:updateContact', {
    url: MAYA,
    patch: {
      prep: { questions: { pinned: ['who-else/recommend'], edited: {}, order: [], added: [], hidden: [] } },
    },
  });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await rapport?.close();
});

describe('Meeting mode in a full tab', () => {
  it('starts from the contact page, survives a reload and a stopped worker, and ends with the thank-you due', async () => {
    const tab = await rapport.openPage(`${OPTIONS_PAGE}${contactPageHash(MAYA)}`);
    const start = tab.getByTestId('meeting-start');
    await start.waitFor({ timeout: 15_000 });
    await start.getByLabel('15 min').check();
    await tab.screenshot({ path: join(SHOTS, 'contact-start.png'), fullPage: true });
    await start.getByRole('button', { name: 'Start meeting' }).click();
    await expect.poll(() => tab.evaluate(() => location.hash)).toBe('#meeting');
    const runner = tab.getByTestId('meeting');
    await runner.waitFor();
    expect(await runner.getByTestId('meeting-remaining').textContent()).toMatch(/^(15:00|14:5\d)$/);

    await runner.getByRole('checkbox', { name: WHO_ELSE }).check();
    await runner.getByLabel(`Note: ${WHO_ELSE}`).fill(EXPECTED.note);
    await runner.getByLabel('Notes', { exact: true }).fill(EXPECTED.notes);
    await runner.locator('.meeting-clock').click();
    await tab.keyboard.press('a');
    await expect.poll(() => tab.evaluate(() => document.activeElement?.id ?? '')).toMatch(/-capture$/);
    await tab.keyboard.type('Run a diary study before the redesign');
    await tab.keyboard.press('Enter');
    await expect.poll(async () => (await meeting())?.captured.map((c) => c.kind)).toEqual(['advice']);
    await expect.poll(async () => (await meeting())?.notes).toBe(EXPECTED.notes);
    await tab.screenshot({ path: join(SHOTS, 'tab-meeting.png'), fullPage: true });

    // The popup on her profile shows the same meeting, and offers it back in a full tab.
    await mayaTab.bringToFront();
    const popup = await rapport.openPage(POPUP_PAGE);
    const inPopup = popup.getByTestId('meeting');
    await inPopup.waitFor({ timeout: 15_000 });
    expect(await inPopup.getByLabel(`Note: ${WHO_ELSE}`).inputValue()).toBe(EXPECTED.note);
    const [opened] = await Promise.all([
      rapport.context.waitForEvent('page'),
      inPopup.getByRole('button', { name: 'Continue in a tab' }).click(),
    ]);
    await opened.waitForURL(/#meeting$/);
    expect(await shown(opened)).toEqual(EXPECTED);
    await opened.close();

    await tab.bringToFront();
    await tab.reload();
    expect(await shown(tab)).toEqual(EXPECTED);
    await stopWorker();
    await tab.reload();
    expect(await shown(tab)).toEqual(EXPECTED);

    await tab.getByTestId('meeting').getByRole('button', { name: 'End meeting' }).click();
    const recorded = tab.getByRole('status').filter({ hasText: 'Recorded your meeting with Maya Okafor' });
    await recorded.waitFor();
    expect(await recorded.textContent()).toContain('send the thank-you within 24 hours');
    expect(await meeting()).toBeNull();
    await tab.screenshot({ path: join(SHOTS, 'tab-ended.png'), fullPage: true });

    const held = (await call<Interaction[]>('ui:listInteractions', { contactUrl: MAYA })).find(
      (i) => i.kind === 'meeting-held',
    );
    expect(held?.note).toContain('She prefers email.');
    expect(held?.note).toContain(EXPECTED.note);
    expect((await contact(MAYA))?.followUps.map((f) => f.kind)).toContain('thank-you');

    // Her page, one click away, has the thank-you owed and meeting mode ready again.
    await tab.getByRole('link', { name: 'Open Maya Okafor' }).click();
    await tab.getByTestId('meeting-start').waitFor();
    expect(await tab.locator('.contact-follow-through').textContent()).toMatch(/thank/i);
  });

  it('made no network request', () => {
    expect(rapport.networkViolations()).toEqual([]);
  });
});
