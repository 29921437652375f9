// How long the popup takes to show the person on the page, with what they share with the user, when
// Rapport holds 10,000 people. Measured in Chromium on the built extension: `benchPopupRender(rapport, runs)`.
import type { Page } from 'playwright-core';
import { type Rapport, readFixture, sendFrom, waitForContact } from '../../scripts/lib/launch';
import { openToolbarPopup } from '../../scripts/lib/toolbar-popup';
import { LATEST_SCHEMA_VERSION } from '../../src/db/versions';
import type { Contact } from '../../src/shared/contact';
import type { Interaction } from '../../src/shared/interaction';
import type { ProfileSnapshot } from '../../src/shared/profile';
import { sam } from '../fixtures/sam-rivera';

const CONTACTS = 10_000;
const INTERACTIONS_PER_PERSON = 10;
const DEMO_URL = 'https://www.linkedin.com/in/demo-maya-okafor/';
const DEMO_PATH = '/in/demo-maya-okafor/';
const DEMO_NAME = 'Maya Okafor';
/** Set by the popup's prepare panel once the person card and common ground are on screen. */
const READY_MARK = 'rapport:prepare-ready';
/** Set when the popup's first state came from its own read of the database, not from the worker. */
const DIRECT_MARK = 'rapport:state-read-directly';
const DAY = 24 * 3600_000;
const SETTLE_MS = 300;

const COMPANIES = [
  'Northwind Health',
  'Brightwater Labs',
  'Harbourline Studio',
  'Contoso',
  'Fabrikam',
  'Tailspin',
];
const SCHOOLS = [
  'University of Leeds',
  'Lakeside College of Design',
  'University of Manchester',
  'Open University',
];

/** The user: shares an employer and a school with the demo person, so common ground has work to do. */
const benchSettings = () =>
  sam({ obstacles: ['No portfolio yet'] }, ['How do you decide which research method to use?']);

function person(index: number, now: number): { contact: Contact; interactions: Interaction[] } {
  const url = `https://www.linkedin.com/in/bench-person-${index}/`;
  const company = COMPANIES[index % COMPANIES.length] as string;
  const profile: ProfileSnapshot = {
    url,
    name: `Bench Person ${index}`,
    headline: `Researcher ${index % 97} at ${company}`,
    location: 'Leeds, England, United Kingdom',
    experience: [
      { title: `Researcher ${index % 97}`, company, start: `${2010 + (index % 12)}-03`, end: 'present' },
    ],
    education: [{ school: SCHOOLS[index % SCHOOLS.length] as string, start: '2005', end: '2009' }],
    skills: ['User Research', 'Interviewing'],
    languages: ['English'],
    volunteering: [],
    certifications: [],
  };
  // As in the due-list benchmark's typical case, 2% of people are owed a check-in today; everyone else
  // answered within the last 80 days, so nothing is due for them yet.
  const due = index % 50 === 0;
  const at = now - DAY * (due ? 200 + (index % 300) : 5 + (index % 75));
  // Ten interactions each (100,000 in all): notes from earlier contact, then the outreach and its reply.
  const notes: Interaction[] = Array.from({ length: INTERACTIONS_PER_PERSON - 2 }, (_, n) => ({
    id: `bench-${index}-note-${n}`,
    contactUrl: url,
    kind: 'note',
    at: at - (30 + n) * DAY,
    note: `Note ${n} about ${company}: asked about research methods and team size.`,
  }));
  const interactions: Interaction[] = [
    ...notes,
    { id: `bench-${index}-1`, contactUrl: url, kind: 'outreach-sent', at: at - 3 * DAY },
    { id: `bench-${index}-2`, contactUrl: url, kind: 'reply-received', at },
  ];
  return {
    contact: {
      url,
      name: profile.name,
      profile,
      firstSavedAt: at - DAY,
      capturedAt: at - DAY,
      updatedAt: now - 60_000 * index,
      // Recomputed from the interactions by the import; any valid value will do here.
      stage: 'asked',
      followUps: [],
      tags: [],
      jobChanges: [],
    },
    interactions,
  };
}

/** A Rapport export holding `count` people and their history, as `ui:importData` takes it. */
export function benchExport(count: number, now = Date.now()) {
  const people = Array.from({ length: count }, (_, index) => person(index, now));
  return {
    format: 'rapport-export',
    formatVersion: 1,
    exportedAt: new Date(now).toISOString(),
    schemaVersion: LATEST_SCHEMA_VERSION,
    tables: {
      contacts: people.map((p) => p.contact),
      snapshots: [],
      interactions: people.flatMap((p) => p.interactions),
      followUps: [],
      templates: [],
      meta: [{ key: 'settings', value: benchSettings() }],
    },
  };
}

const call = sendFrom;

interface Timing {
  /** Navigation start until the person card and common ground are on screen. */
  total: number;
  /** Of which: loading the page and its scripts (DOMContentLoaded), before any data can be asked for. */
  loaded: number;
  /** From Rapport's first line of popup code running until the same moment. */
  own: number;
  /** Every `rapport:` mark the popup set, from navigation start. */
  marks: Record<string, number>;
}

interface Shown {
  name: string;
  ready: number;
  loaded: number;
  marks: Record<string, number>;
}

/** Null until the person card and common ground are in the popup; then its timings. */
const SHOWN = `(() => {
  const ready = performance.getEntriesByName(${JSON.stringify(READY_MARK)}, 'mark')[0];
  const card = document.querySelector('[data-testid="contact-card"]');
  const shared = document.querySelector('[data-testid="common-ground"] li');
  if (!ready || !card || !shared) return null;
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    name: card.querySelector('h2')?.textContent ?? card.textContent,
    ready: ready.startTime,
    loaded: navigation ? navigation.domContentLoadedEventEnd : 0,
    marks: Object.fromEntries(
      performance.getEntriesByType('mark').filter((m) => m.name.startsWith('rapport:')).map((m) => [m.name, m.startTime]),
    ),
  };
})()`;

/** Clicks the toolbar button over the profile and waits for the person card and common ground. */
async function timeOnce(rapport: Rapport, profile: Page): Promise<Timing> {
  const popup = await openToolbarPopup(rapport, profile);
  try {
    const shown = await popup.waitFor<Shown>(SHOWN);
    if (!shown.name.includes(DEMO_NAME)) throw new Error(`The popup showed ${shown.name}, not ${DEMO_NAME}`);
    const start = shown.marks['rapport:popup-start'] ?? 0;
    return {
      total: shown.ready,
      loaded: shown.loaded,
      own: shown.ready - start,
      marks: shown.marks,
    };
  } finally {
    await popup.close();
    // A person does not reopen the popup the instant it closed; the browser is still tearing it down.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** "name at N ms" for each of the popup's marks, in the order they came, as medians over the runs. */
function markMedians(timings: Timing[]): string {
  const names = [...new Set(timings.flatMap((t) => Object.keys(t.marks)))];
  return names
    .map((name) => ({ name, at: median(timings.flatMap((t) => t.marks[name] ?? [])) }))
    .sort((a, b) => a.at - b.at)
    .map(({ name, at }) => `${name.replace(/^rapport:/, '')} ${at.toFixed(0)}`)
    .join(', ');
}

/** The page the popup is measured against: one element and no script, built into the bench's copy only. */
export const BLANK_POPUP = 'bench-blank.html';
export const BLANK_POPUP_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body><p>Rapport</p></body></html>';
const ROOT_POPUP = 'src/popup/index.html';

/** Rapport's running service worker, woken by a message from one of its pages if it was asleep. */
async function ourWorker(rapport: Rapport) {
  const prefix = `chrome-extension://${rapport.extensionId}/`;
  const found = () =>
    rapport.context
      .serviceWorkers()
      .filter((w) => w.url().startsWith(prefix))
      .at(-1);
  return found() ?? (await rapport.context.waitForEvent('serviceworker', { timeout: 10_000 }));
}

/** Which page the toolbar button opens; the browser keeps this while the worker sleeps. */
async function setToolbarPopup(rapport: Rapport, path: string): Promise<void> {
  const worker = await ourWorker(rapport);
  await worker.evaluate((popup) => chrome.action.setPopup({ popup }), path);
}

/** The blank page, opened from the toolbar button as Rapport's popup is: until its first paint. */
async function timeBlankOnce(rapport: Rapport, profile: Page): Promise<number> {
  const popup = await openToolbarPopup(rapport, profile, BLANK_POPUP);
  try {
    return await popup.waitFor<number>(
      "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null",
    );
  } finally {
    await popup.close();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }
}

/** How long the worker took, after it was started for the popup, to evaluate Rapport's background module. */
async function backgroundEvaluation(rapport: Rapport): Promise<number | undefined> {
  const worker = await ourWorker(rapport);
  return worker.evaluate(
    () => performance.getEntriesByName('rapport:background-evaluated')[0]?.startTime ?? undefined,
  );
}

/** Stops Rapport's service worker, as the browser does after it has been idle, and waits until it has. */
async function putWorkerToSleep(rapport: Rapport, page: Page): Promise<void> {
  const cdp = await rapport.context.newCDPSession(page);
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${rapport.extensionId}/`));
    if (ours.length) stopped = ours.every((v) => v.runningStatus === 'stopped');
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  for (const started = Date.now(); !stopped; await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() - started > 10_000) throw new Error("Rapport's service worker did not stop");
  }
  await cdp.detach();
}

/** One line on where the time went, for a set of runs. */
function describe(timings: Timing[]): string {
  const loaded = median(timings.map((t) => t.loaded));
  const after = median(timings.map((t) => t.total - t.loaded));
  const own = median(timings.map((t) => t.own));
  return (
    `from navigation start until the person card and common ground show: page and scripts loaded at ` +
    `${loaded.toFixed(0)} ms, then ${after.toFixed(0)} ms for the data and the render; ${own.toFixed(0)} ms ` +
    "from Rapport's first line of popup code (medians); first state read directly in " +
    `${timings.filter((t) => t.marks[DIRECT_MARK] !== undefined).length} of ${timings.length} runs\n` +
    `              marks: ${markMedians(timings)}`
  );
}

export interface PopupBench {
  times: number[];
  detail: string;
}

export interface PopupBenchRuns {
  awake: PopupBench;
  asleep: PopupBench;
  /** The blank popup's first paint, measured between Rapport's runs. */
  blank: number[];
  /** The background module's evaluation on each of the asleep runs' cold starts. */
  backgroundEvaluated: number[];
}

/**
 * Replaces everything the extension holds with 10,000 people and 100,000 interactions (through
 * `ui:importData`), captures the demo profile, then opens the toolbar popup over it `runs` times, after
 * one warm-up, and returns how long each took to show the demo person's card and common ground, measured
 * from navigation start inside the popup. What comes before that, the browser making a window for the
 * popup, is the same for any extension. `asleep` repeats this with the service worker stopped before each
 * click, as after a while idle. Between Rapport's runs, the toolbar button opens a blank page instead, the
 * same way: its first paint is what a popup cannot beat, and the ratios are taken against it.
 */
export async function benchPopupRender(rapport: Rapport, runs: number): Promise<PopupBenchRuns> {
  await rapport.serveLinkedIn({ [DEMO_PATH]: readFixture('tests/fixtures/linkedin/demo-profile.html') });
  const control = await rapport.openPage('src/options/index.html#data');
  const file = benchExport(CONTACTS);
  const imported = await call<{ contacts: number; interactions: number }>(control, 'ui:importData', { file });

  const profile = await rapport.context.newPage();
  await profile.goto(DEMO_URL);
  await waitForContact(control, DEMO_URL, 30_000);
  // The popup is about the active tab of its window.
  await profile.bringToFront();

  await timeOnce(rapport, profile);
  const blank: number[] = [];
  const blankOnce = async () => {
    await setToolbarPopup(rapport, BLANK_POPUP);
    blank.push(await timeBlankOnce(rapport, profile));
    await setToolbarPopup(rapport, ROOT_POPUP);
  };
  const awake: Timing[] = [];
  for (let run = 0; run < runs; run++) {
    await blankOnce();
    awake.push(await timeOnce(rapport, profile));
  }
  const asleep: Timing[] = [];
  const backgroundEvaluated: number[] = [];
  for (let run = 0; run < runs; run++) {
    await blankOnce();
    await putWorkerToSleep(rapport, profile);
    asleep.push(await timeOnce(rapport, profile));
    // The popup's due count wakes the worker once the person is on screen.
    await call(control, 'ui:getSettings', {});
    const evaluated = await backgroundEvaluation(rapport);
    if (evaluated !== undefined) backgroundEvaluated.push(evaluated);
  }
  await control.close();
  await profile.close();
  const data = `${imported.contacts + 1} contacts, ${imported.interactions} interactions; `;
  return {
    awake: { times: awake.map((t) => t.total), detail: data + describe(awake) },
    asleep: { times: asleep.map((t) => t.total), detail: data + describe(asleep) },
    blank,
    backgroundEvaluated,
  };
}
