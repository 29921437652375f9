// `npm run bench`: how fast the parts users wait on are, measured where they run (Chromium) and in Node.
// Prints medians against their targets; timing never decides a test, so this is kept out of `npm test`.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { extractProfile } from '../src/capture/extract';
import { findRecurringThemes } from '../src/core/recurring-themes';
import { adviceEntries } from '../tests/bench/advice-entries';
import { BACKUP_CONTACTS, benchBackup } from '../tests/bench/backup-size';
import { pageToProfile } from '../tests/bench/peer-page-to-profile';
import { BLANK_POPUP, BLANK_POPUP_HTML, benchPopupRender } from '../tests/bench/popup-render';
import { benchSyncTwoBrowsers } from '../tests/bench/sync-two-browsers';
import { chromePath, launchRapport, OFFLINE_CHROMIUM_ARGS, ROOT } from './lib/launch';
import { parsePage } from './lib/parse-page';

const RUNS = 50;
const SHARED_PAGES = join(ROOT, '../shared/fixtures/linkedin');
const OWN_PAGES = join(ROOT, 'tests/fixtures/linkedin');

interface Result {
  name: string;
  median: number;
  target?: number;
  detail?: string;
}

const median = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function largestPage(): { path: string; url: string } {
  const dir = existsSync(SHARED_PAGES) ? SHARED_PAGES : OWN_PAGES;
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  const path = pages[0];
  if (!path) throw new Error(`No saved pages in ${dir}`);
  const labels = join(dir, 'labels', path.replace(/^.*\//, '').replace(/\.html$/, '.json'));
  const url = existsSync(labels) ? (JSON.parse(readFileSync(labels, 'utf8')).url as string) : '';
  return { path, url };
}

/** Every saved page, largest first: the real ones beside the checkout when present, else Rapport's own. */
function savedPages(): string[] {
  const dir = existsSync(SHARED_PAGES) ? SHARED_PAGES : OWN_PAGES;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
}

const timed = <T>(run: () => T): [T, number[]] => {
  let value = run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    value = run();
    times.push(performance.now() - start);
  }
  return [value, times];
};

/**
 * Rapport's extractor beside a cheerio-based pageToProfile (name, title, company) on the same pages in the
 * same run, in Node. Both times include parsing the HTML (happy-dom for Rapport, cheerio for the peer),
 * since a scraper starts from HTML; fields found counts name, title (headline) and company (first position).
 */
async function benchPeer(): Promise<Result[]> {
  const pages = savedPages();
  let rapportFields = 0;
  let peerFields = 0;
  const rapportTimes: number[] = [];
  const peerTimes: number[] = [];
  const rows: string[] = [];
  for (const path of pages) {
    const html = readFileSync(path, 'utf8');
    const start = performance.now();
    const parsed = parsePage(html);
    const { profile } = extractProfile(parsed.document, '');
    rapportTimes.push(performance.now() - start);
    await parsed.close();
    const [peer, times] = timed(() => pageToProfile(html));
    peerTimes.push(median(times));
    const ours = [profile.name, profile.headline, profile.experience[0]?.company].filter(Boolean).length;
    const theirs = [peer.name, peer.title, peer.company].filter(Boolean).length;
    rapportFields += ours;
    peerFields += theirs;
    rows.push(`${path.replace(/^.*\//, '').padEnd(44)} Rapport ${ours}/3, peer ${theirs}/3`);
  }
  const out = `${pages.length} pages; name, title, company found: Rapport ${rapportFields}, cheerio pageToProfile ${peerFields} of ${pages.length * 3}`;
  return [
    { name: 'Rapport extract (parse + read), Node, median page', median: median(rapportTimes), detail: out },
    {
      name: 'cheerio pageToProfile (parse + read), Node, median page',
      median: median(peerTimes),
      detail: rows.join('\n              '),
    },
  ];
}

async function buildBrowserBench(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      minify: true,
      lib: {
        entry: join(ROOT, 'tests/bench/browser-entry.ts'),
        formats: ['iife'],
        name: 'rapportBenchBundle',
        fileName: () => 'bench.js',
      },
    },
  });
  return readFileSync(join(outDir, 'bench.js'), 'utf8');
}

async function benchNodeExtract(page: { path: string; url: string }): Promise<Result> {
  const parsed = parsePage(readFileSync(page.path, 'utf8'));
  const doc = parsed.document;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    extractProfile(doc, page.url);
    times.push(performance.now() - start);
  }
  await parsed.close();
  return { name: 'extract largest page, Node (happy-dom)', median: median(times) };
}

/** Recurring themes over 5,000 pieces of advice, as the journal asks for them each time it opens. */
function benchThemes(): Result {
  const entries = adviceEntries(5_000);
  findRecurringThemes(entries);
  const times: number[] = [];
  let themes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    themes = findRecurringThemes(entries).length;
    times.push(performance.now() - start);
  }
  return {
    name: 'recurring themes over 5,000 pieces of advice, Node',
    median: median(times),
    target: 50,
    detail: `${themes} themes`,
  };
}

/** The extension as built for users, in a folder of its own. */
async function buildExtension(): Promise<string> {
  const dist = mkdtempSync(join(tmpdir(), 'rapport-bench-dist-'));
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dist, emptyOutDir: true },
  });
  return dist;
}

/** Import and export of 100,000 people with long notes, through the options page (one run: it is long). */
async function benchBackupSize(): Promise<Result[]> {
  const rapport = await launchRapport({ dist: await buildExtension() });
  try {
    const run = await benchBackup(rapport);
    const data = `${BACKUP_CONTACTS.toLocaleString('en')} contacts with 1,000-character notes`;
    return [
      {
        name: 'import: file chosen until the preview shows',
        median: run.stageMs,
        detail: `${data}, ${run.fileMiB.toFixed(0)} MiB file; one run`,
      },
      { name: 'import: "Replace my data" until imported', median: run.commitMs, detail: 'one run' },
      {
        name: 'export: click until the file is downloaded',
        median: run.exportMs,
        detail: `${run.exportMiB.toFixed(0)} MiB file; one run`,
      },
    ];
  } finally {
    await rapport.close();
  }
}

/** Two browsers and one local sync server: how long until the second sees 1,000 changes made in the first. */
async function benchSync(): Promise<Result> {
  const { times, detail } = await benchSyncTwoBrowsers(await buildExtension(), 3, 1000);
  return {
    name: 'second browser sees 1,000 changes made in the first, two Chromium profiles, local server',
    median: median(times),
    detail,
  };
}

/**
 * The popup's first render with 10,000 contacts, in the extension as built for users, as a ratio to a blank
 * extension popup opened the same way in the same run: machines differ, the ratio much less.
 */
async function benchPopup(): Promise<Result[]> {
  const dist = await buildExtension();
  writeFileSync(join(dist, BLANK_POPUP), BLANK_POPUP_HTML);
  const rapport = await launchRapport({ dist });
  try {
    const { awake, asleep, blank, backgroundEvaluated } = await benchPopupRender(rapport, RUNS);
    const base = median(blank);
    console.log(
      `popup ratio: awake ${(median(awake.times) / base).toFixed(2)} asleep ${(median(asleep.times) / base).toFixed(2)}`,
    );
    return [
      {
        name: 'popup first render with 10,000 contacts, Chromium',
        median: median(awake.times),
        target: 80,
        detail: awake.detail,
      },
      {
        name: 'the same, with the background asleep',
        median: median(asleep.times),
        target: 120,
        detail: asleep.detail,
      },
      {
        name: "blank extension popup, first paint (the ratios' base)",
        median: base,
        detail: 'one <p>, no script, opened from the toolbar button between the runs above',
      },
      {
        name: "background module evaluated, from the worker's start",
        median: median(backgroundEvaluated),
        detail: `on the asleep runs' cold starts (${backgroundEvaluated.length} measured)`,
      },
    ];
  } finally {
    await rapport.close();
  }
}

type SearchBench = {
  times: number[];
  contacts: number;
  interactions: number;
  buildMs: number;
  keystrokes: number;
  found: number;
};

/** The contacts search, keystroke by keystroke, at 10,000 contacts and 100,000 interactions. */
async function benchSearch(tab: Page): Promise<Result[]> {
  const queries = ['brightwater', 'maya okafor', 'univ leeds', 'brigthwater', 'portfolio', 'zurich'];
  const run = await tab.evaluate(
    ([c, i, q]) =>
      (
        globalThis as never as {
          rapportBench: { search: (c: number, i: number, q: string[]) => Promise<SearchBench> };
        }
      ).rapportBench.search(c, i, q),
    [10_000, 10, queries] as const,
  );
  const sorted = [...run.times].sort((a, b) => a - b);
  return [
    {
      name: 'search, one keystroke, Chromium IndexedDB',
      median: median(run.times),
      target: 16,
      detail: `${run.contacts} contacts, ${run.interactions} interactions, ${run.keystrokes} keystrokes; slowest ${sorted.at(-1)?.toFixed(1)} ms, 90th percentile ${sorted[Math.floor(sorted.length * 0.9)]?.toFixed(1)} ms`,
    },
    {
      name: 'search index, built on the first search after the background starts',
      median: run.buildMs,
      detail: 'one run',
    },
  ];
}

/** One Chromium tab with the benchmark bundle loaded, on an address of its own. */
async function withBenchTab<T>(use: (tab: Page) => Promise<T>): Promise<T> {
  const script = await buildBrowserBench();
  const browser = await chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: OFFLINE_CHROMIUM_ARGS,
  });
  try {
    const tab = await browser.newPage();
    await tab.route('https://bench.rapport.invalid/**', (route) =>
      route.fulfill({
        // The bundle carries non-ASCII letters (the search's folding tables, invented names).
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><title>bench</title><script>${script.replace(/<\/script/gi, '<\\/script')}</script>`,
      }),
    );
    await tab.goto('https://bench.rapport.invalid/');
    return await use(tab);
  } finally {
    await browser.close();
  }
}

async function main() {
  // `npm run bench -- popup` runs only the popup benchmark; `-- search`, `-- themes` and `-- sync` likewise.
  // `-- backup` is minutes long: the import and export of 100,000 people.
  if (process.argv.includes('backup')) {
    report(await benchBackupSize());
    return;
  }
  if (process.argv.includes('popup')) {
    report(await benchPopup());
    return;
  }
  if (process.argv.includes('peer')) {
    report(await benchPeer());
    return;
  }
  if (process.argv.includes('themes')) {
    report([benchThemes()]);
    return;
  }
  if (process.argv.includes('search')) {
    report(await withBenchTab(benchSearch));
    return;
  }
  if (process.argv.includes('sync')) {
    report([await benchSync()]);
    return;
  }
  const page = largestPage();
  const results: Result[] = [];
  await withBenchTab(async (tab) => {
    const html = readFileSync(page.path, 'utf8');
    const extractTimes = await tab.evaluate(
      ([h, u, n]) =>
        (
          globalThis as never as {
            rapportBench: { extract: (h: string, u: string, n: number) => Promise<number[]> };
          }
        ).rapportBench.extract(h, u, n),
      [html, page.url, RUNS] as const,
    );
    results.push({
      name: 'extract largest page, Chromium',
      median: median(extractTimes),
      target: 10,
      detail: `${page.path.replace(/^.*\//, '')}, ${(html.length / 1024).toFixed(0)} KB`,
    });
    type DueBench = { times: number[]; dueItems: number; contacts: number; interactions: number };
    // A typical list (a few people due today) carries the target; most people overdue at once shows the worst case.
    for (const [label, share, target] of [
      ['typical: 2% due', 0.02, 10],
      ['worst case: 70% due', 0.7, undefined],
    ] as const) {
      const due = await tab.evaluate(
        ([c, i, s, n]) =>
          (
            globalThis as never as {
              rapportBench: { due: (c: number, i: number, s: number, n: number) => Promise<DueBench> };
            }
          ).rapportBench.due(c, i, s, n),
        [10_000, 10, share, RUNS] as const,
      );
      results.push({
        name: `all due follow-ups, Chromium IndexedDB (${label})`,
        median: median(due.times),
        ...(target !== undefined ? { target } : {}),
        detail: `${due.contacts} contacts, ${due.interactions} interactions, ${due.dueItems} due`,
      });
    }
    results.push(...(await benchSearch(tab)));
  });
  results.push(await benchNodeExtract(page));
  results.push(benchThemes());
  results.push(...(await benchPeer()));
  results.push(...(await benchPopup()));
  results.push(await benchSync());

  report(results);
}

function report(results: Result[]) {
  console.log(`\nRapport benchmarks (median of ${RUNS} runs)\n`);
  for (const r of results) {
    const verdict =
      r.target === undefined
        ? ''
        : r.median <= r.target
          ? `  ✔ target ≤ ${r.target} ms`
          : `  ✖ over target ${r.target} ms`;
    console.log(
      `${r.median.toFixed(2).padStart(9)} ms  ${r.name}${verdict}${r.detail ? `\n              ${r.detail}` : ''}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
