// The popup opened after the worker has gone to sleep, as it mostly is: it reads the person from the
// database itself, and a write made from it while the worker sleeps lands exactly once.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport, readFixture, sendFrom, waitForContact } from '../../scripts/lib/launch';
import { openToolbarPopup } from '../../scripts/lib/toolbar-popup';
import type { Interaction } from '../../src/shared/interaction';
import { sam } from '../fixtures/sam-rivera';

const DEMO_URL = 'https://www.linkedin.com/in/demo-maya-okafor/';
const DEMO_PATH = '/in/demo-maya-okafor/';

let rapport: Rapport;
let ui: Page;
let profile: Page;

/** Stops Rapport's service worker, as Chromium does after 30 s idle, and waits until it has. */
async function putWorkerToSleep(): Promise<void> {
  const cdp = await rapport.context.newCDPSession(profile);
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${rapport.extensionId}/`));
    if (ours.length) stopped = ours.every((v) => v.runningStatus === 'stopped');
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => stopped, { timeout: 10_000 }).toBe(true);
  await cdp.detach();
}

beforeAll(async () => {
  rapport = await launchRapport();
  await rapport.serveLinkedIn({ [DEMO_PATH]: readFixture('tests/fixtures/linkedin/demo-profile.html') });
  ui = await rapport.openPage('src/options/index.html');
  await sendFrom(ui, 'ui:saveSettings', { settings: sam({ obstacles: ['No portfolio yet'] }) });
  profile = await rapport.context.newPage();
  await profile.goto(DEMO_URL);
  await waitForContact(ui, DEMO_URL);
  await ui.close();
  await profile.bringToFront();
});

afterAll(async () => {
  await rapport?.close();
});

describe('The popup with the worker asleep', () => {
  it('shows the person on the page and what they share, read without waiting for the worker', async () => {
    await putWorkerToSleep();
    const popup = await openToolbarPopup(rapport, profile);
    try {
      const shown = await popup.waitFor<{ name: string; shared: number; direct: boolean }>(`(() => {
        const name = document.querySelector('[data-testid="contact-card"] h2')?.textContent;
        const shared = document.querySelectorAll('[data-testid="common-ground"] li').length;
        const direct = performance.getEntriesByName('rapport:state-read-directly').length > 0;
        return name && shared ? { name, shared, direct } : null;
      })()`);
      expect(shown).toEqual({ name: 'Maya Okafor', shared: expect.any(Number), direct: true });
      expect(shown.shared).toBeGreaterThan(0);
    } finally {
      await popup.close();
    }
  });

  it('lands a write made from the popup while the worker sleeps exactly once', async () => {
    const popup = await openToolbarPopup(rapport, profile);
    try {
      await popup.waitFor<boolean>(`(() => {
        const summary = [...document.querySelectorAll('summary')].find((s) => s.textContent === 'Draft email');
        if (summary && !summary.parentElement.open) summary.click();
        return summary || null;
      })()`);
      await popup.waitFor<boolean>(
        `[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Mark as sent' && !b.disabled) || null`,
      );
      await putWorkerToSleep();
      await popup.evaluate<void>(
        `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Mark as sent').click()`,
      );
      await popup.waitFor<boolean>(`document.body.textContent.includes('Marked as sent.') || null`);
    } finally {
      await popup.close();
    }
    const control = await rapport.openPage('src/options/index.html');
    const interactions = await sendFrom<Interaction[]>(control, 'ui:listInteractions', {
      contactUrl: DEMO_URL,
    });
    expect(interactions.filter((i) => i.kind === 'outreach-sent')).toHaveLength(1);
    await control.close();
  });

  it('keeps the questions where they first appear while Meeting mode and the rest arrive', async () => {
    await putWorkerToSleep();
    const popup = await openToolbarPopup(rapport, profile);
    try {
      // From the moment the questions show, note where they are every few milliseconds.
      await popup.waitFor<boolean>(`(() => {
        const where = () => document.querySelector('[data-testid="questions"]')?.getBoundingClientRect().top;
        if (where() === undefined) return null;
        const tops = [where()];
        window.questionTops = tops;
        setInterval(() => tops.push(where() ?? -1), 4);
        return true;
      })()`);
      // Meeting mode needs the worker's answer, so with the worker asleep it comes last.
      await popup.waitFor<boolean>(`document.querySelector('[data-testid="meeting-start"]') ? true : null`);
      const tops = await popup.evaluate<number[]>(
        'new Promise((done) => setTimeout(() => done(window.questionTops), 300))',
      );
      expect(tops.length).toBeGreaterThan(10);
      expect([...new Set(tops)]).toEqual([tops[0]]);
    } finally {
      await popup.close();
    }
  });

  it('made no network request', () => {
    expect(rapport.networkViolations()).toEqual([]);
  });
});
