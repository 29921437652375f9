import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
import { contactPageHash, OPTIONS_SECTIONS, optionsHash } from '../../src/shared/routes';
import { sam } from '../fixtures/sam-rivera';

// Every page of Rapport at two window sizes, light and dark: each page must use the window it is given (the
// popup's 380 px once squeezed the whole options page), leave a screenshot for review, and pass axe.
const MAYA = 'https://www.linkedin.com/in/demo-maya-okafor/';
const LEO = 'https://www.linkedin.com/in/leo-park/';
// A LinkedIn page that is nobody's profile: the popup over it lists recent contacts, or welcomes a new user.
const FEED =
  '<!doctype html><html lang="en"><head><title>Feed | LinkedIn</title></head><body><h1>Feed</h1></body></html>';
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const SHOTS = join(ROOT, 'artifacts/layout');
// `RAPPORT_DOC_SHOTS=1` also refreshes the README's three screenshots in docs/ (light, window-sized).
const DOC_SHOTS = process.env.RAPPORT_DOC_SHOTS === '1' ? join(ROOT, 'docs/screenshots') : undefined;
const DOCS: Record<string, string> = {
  'options-board-1280-light': 'board.png',
  'options-contact-detail-1280-light': 'contact.png',
  'popup-due-1280-light': 'popup-due.png',
};

/** Saves the README's copy of a view: the window only, so the file stays small. */
async function docShot(page: Page, name: string, popup = false) {
  const file = DOCS[name];
  if (!DOC_SHOTS || !file) return;
  mkdirSync(DOC_SHOTS, { recursive: true });
  const size = page.viewportSize();
  if (popup) await page.setViewportSize({ width: 400, height: 600 });
  await page.screenshot({ path: join(DOC_SHOTS, file) });
  if (popup && size) await page.setViewportSize(size);
}
const WINDOWS = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let rapport: Rapport;
let ui: Page;
let profile: Page;

const send = <T = unknown>(type: string, data: unknown) => sendFrom<T>(ui, type, data);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page and returns its serious and critical findings, readably. */
async function axeProblems(page: Page): Promise<string[]> {
  // An extension page's CSP refuses inline scripts, so axe's source is evaluated through DevTools instead.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: unknown }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const width = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.getBoundingClientRect().width ?? 0, selector);

/**
 * The text a person reads: the body's size, and the smallest visible text. Chromium shrinks an extension page's
 * body to 75 % unless the page says otherwise, which once made every Rapport page 10.5 px.
 */
async function expectReadableText(page: Page, view: string) {
  const sizes = await page.evaluate(() => {
    let smallest = { size: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.getClientRects().length === 0) continue;
      const size = Number.parseFloat(getComputedStyle(parent).fontSize);
      if (size < smallest.size) smallest = { size, text: text.slice(0, 40) };
    }
    return { body: Number.parseFloat(getComputedStyle(document.body).fontSize), smallest };
  });
  expect(sizes.body, `${view}: body text (px)`).toBe(14);
  const smallest = `${view}: smallest text (px), "${sizes.smallest.text}"`;
  expect(sizes.smallest.size, smallest).toBeGreaterThanOrEqual(10);
}

/**
 * The board's six columns need more room than an 800 px window has: they scroll inside the board, which
 * takes the keyboard's arrow keys, and the last column can be reached.
 */
async function expectBoardScrolls(page: Page, windowWidth: number) {
  const board = page.getByRole('region', { name: 'Stages' });
  await board.waitFor();
  const before = await board.evaluate((b) => ({
    overflow: getComputedStyle(b).overflowX,
    scrollWidth: b.scrollWidth,
    clientWidth: b.clientWidth,
    right: b.getBoundingClientRect().right,
  }));
  expect(['auto', 'scroll']).toContain(before.overflow);
  expect(before.right, 'board: right edge').toBeLessThanOrEqual(windowWidth);
  if (windowWidth >= 1280) return;
  expect(before.scrollWidth, 'board: scrolls sideways').toBeGreaterThan(before.clientWidth);
  await board.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => board.evaluate((b) => b.scrollLeft)).toBeGreaterThan(0);
  const last = await board.evaluate((b) => {
    b.scrollTo({ left: b.scrollWidth, behavior: 'instant' });
    const columns = b.querySelectorAll('.board-column');
    const column = columns[columns.length - 1]?.getBoundingClientRect();
    return { column: column?.right ?? Infinity, board: b.getBoundingClientRect().right };
  });
  expect(last.column, 'board: the last column, scrolled to').toBeLessThanOrEqual(last.board + 1);
  await board.evaluate((b) => {
    b.scrollTo({ left: 0, behavior: 'instant' });
    b.blur();
  });
}

async function openAt(path: string, size: { width: number; height: number }, scheme: 'light' | 'dark') {
  const page = await rapport.context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${rapport.extensionId}/${path}`);
  return page;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  rapport = await launchRapport();
  await rapport.serveLinkedIn({
    '/in/demo-maya-okafor/': readFixture('tests/fixtures/linkedin/demo-profile.html'),
    '/feed/': FEED,
  });
  ui = await rapport.openPage('src/options/index.html');
  await send('ui:saveSettings', { settings: sam({}, ['How do you decide which research method to use?']) });
  profile = await rapport.context.newPage();
  await profile.goto(MAYA);
  await waitForContact(ui, MAYA);
  const now = Date.now();
  await send('ui:logInteraction', {
    contactUrl: MAYA,
    kind: 'meeting-held',
    at: now - 29 * HOUR,
    note: 'Build a portfolio with three case studies before applying.\nAsk about research ops.',
  });
  // Maya introduced Leo: a referral with a link is how a person joins without a visit to their page.
  await send('ui:logInteraction', {
    contactUrl: MAYA,
    kind: 'referral-made',
    at: now - 29 * HOUR,
    referral: { name: 'Leo Park', url: LEO },
  });
  await send('ui:logInteraction', { contactUrl: LEO, kind: 'outreach-sent', at: now - 8 * DAY });
  await send('ui:saveActionItem', { contactUrl: LEO, title: 'Send my portfolio link', dueAt: now + 3 * DAY });
});

afterAll(async () => {
  await rapport?.close();
});

const OPTIONS_VIEWS = [
  ...OPTIONS_SECTIONS.map((section) => ({ name: section, hash: optionsHash({ section }) })),
  { name: 'contact-detail', hash: contactPageHash(MAYA) },
];

describe('the options page uses the window', () => {
  for (const size of WINDOWS) {
    for (const scheme of SCHEMES) {
      it(`at ${size.width}×${size.height}, ${scheme}`, async () => {
        const problems: string[] = [];
        for (const view of OPTIONS_VIEWS) {
          const page = await openAt(`src/options/index.html${view.hash}`, size, scheme);
          await page.locator('main h2, main h3, main label').first().waitFor({ timeout: 10_000 });
          await page.waitForLoadState('networkidle').catch(() => undefined);
          const body = await width(page, 'body');
          const main = await width(page, 'main');
          expect(body, `${view.name}: body`).toBeGreaterThanOrEqual(size.width - 20);
          if (size.width >= 1280) {
            expect(body, `${view.name}: body`).toBeGreaterThanOrEqual(1000);
            expect(main, `${view.name}: main column`).toBeGreaterThanOrEqual(600);
          } else {
            expect(main, `${view.name}: main column`).toBeGreaterThanOrEqual(size.width * 0.6);
          }
          // The page never scrolls sideways: whatever is wider than the window scrolls in its own region.
          const sideways = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
          expect(sideways, `${view.name}: the page scrolls sideways by`).toBeLessThanOrEqual(0);
          if (view.name === 'board') await expectBoardScrolls(page, size.width);
          await expectReadableText(page, view.name);
          await page.screenshot({
            path: join(SHOTS, `options-${view.name}-${size.width}-${scheme}.png`),
            fullPage: true,
          });
          await docShot(page, `options-${view.name}-${size.width}-${scheme}`);
          problems.push(...(await axeProblems(page)).map((p) => `${view.name}: ${p}`));
          await page.close();
        }
        expect(problems).toEqual([]);
      });
    }
  }
});

describe('the popup keeps its width', () => {
  for (const size of WINDOWS) {
    for (const scheme of SCHEMES) {
      it(`at ${size.width}×${size.height}, ${scheme}`, async () => {
        await profile.bringToFront();
        const page = await openAt('src/popup/index.html', size, scheme);
        const problems: string[] = [];
        await page.getByTestId('contact-card').waitFor({ timeout: 15_000 });
        for (const view of ['person', 'prepared', 'due'] as const) {
          if (view === 'prepared') {
            // The questions and the draft open, as a user preparing for a call has them.
            await page.getByText('Questions to ask').click();
            await page.locator('[data-testid="questions"] li.question').first().waitFor({ timeout: 10_000 });
            await page.getByText('Draft email').click();
            await page.locator('[data-testid="draft"] textarea').waitFor({ timeout: 10_000 });
          }
          if (view === 'due') {
            await page.getByRole('tab', { name: /^Due/ }).click();
            await page.getByTestId('follow-up').first().waitFor({ timeout: 10_000 });
          }
          const body = await width(page, 'body');
          expect(body, `${view}: body`).toBeGreaterThanOrEqual(380);
          expect(body, `${view}: body`).toBeLessThanOrEqual(420);
          await expectReadableText(page, view);
          await page.screenshot({
            path: join(SHOTS, `popup-${view}-${size.width}-${scheme}.png`),
            fullPage: true,
            clip: undefined,
          });
          await docShot(page, `popup-${view}-${size.width}-${scheme}`, true);
          problems.push(...(await axeProblems(page)).map((p) => `${view}: ${p}`));
        }
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  }
});

/** The popup over a page that is not a profile: what it shows is recent contacts, or, before any, a welcome. */
async function popupAwayFromProfiles(
  on: Rapport,
  view: 'recent' | 'empty',
  size: { width: number; height: number },
  scheme: 'light' | 'dark',
) {
  const feed = await on.context.newPage();
  await feed.goto('https://www.linkedin.com/feed/');
  await feed.bringToFront();
  const page = await on.context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${on.extensionId}/src/popup/index.html`);
  const heading = view === 'recent' ? 'Recent contacts' : "Start with someone you'd like to talk to";
  await page.getByRole('heading', { name: heading }).waitFor({ timeout: 15_000 });
  if (view === 'recent') expect(await page.locator('.contact-list li').count()).toBeGreaterThan(0);
  const body = await width(page, 'body');
  expect(body, `${view}: body`).toBeGreaterThanOrEqual(380);
  expect(body, `${view}: body`).toBeLessThanOrEqual(420);
  await expectReadableText(page, view);
  await page.screenshot({ path: join(SHOTS, `popup-${view}-${size.width}-${scheme}.png`), fullPage: true });
  const problems = (await axeProblems(page)).map((p) => `${view}: ${p}`);
  await page.close();
  await feed.close();
  return problems;
}

describe('the popup away from a profile', () => {
  // A browser of its own, with nothing saved: what a new user meets first.
  let fresh: Rapport;
  beforeAll(async () => {
    fresh = await launchRapport();
    await fresh.serveLinkedIn({ '/feed/': FEED });
  });
  afterAll(async () => {
    await fresh?.close();
  });

  for (const size of WINDOWS) {
    for (const scheme of SCHEMES) {
      it(`lists recent contacts, and welcomes a new user, at ${size.width}×${size.height}, ${scheme}`, async () => {
        const problems = [
          ...(await popupAwayFromProfiles(rapport, 'recent', size, scheme)),
          ...(await popupAwayFromProfiles(fresh, 'empty', size, scheme)),
        ];
        expect(problems).toEqual([]);
      });
    }
  }
});
