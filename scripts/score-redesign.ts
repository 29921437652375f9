/**
 * How well capture survives a LinkedIn redesign: every invented fixture and every real saved page goes
 * through the simulated redesign of tests/support/redesign.ts; prints, per page, the field F1 as saved and
 * redesigned (real pages, against their labels) or whether the extraction stayed the same (invented pages).
 * `npx tsx scripts/score-redesign.ts [--verbose]`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { extractProfile } from '../src/capture/extract';
import { FIXTURES } from '../tests/fixtures/linkedin/load-page';
import { redesign, seedOf } from '../tests/support/redesign';
import {
  loadScorer,
  overallF1,
  type Score,
  sharedPage,
  sharedPageIds,
  sharedPagesPresent,
} from '../tests/support/shared-pages';
import { parsePage } from './lib/parse-page';

const verbose = process.argv.includes('--verbose');
const SEEDS = ['a', 'b'];

async function read(html: string, url: string, seed?: string, name = '') {
  const page = seed === undefined ? parsePage(html) : redesign(html, seedOf(`${name}:${seed}`));
  try {
    return extractProfile(page.document, url).profile;
  } finally {
    await page.close();
  }
}

let same = 0;
const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''));
for (const name of names) {
  const { url } = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  const before = await read(html, url);
  const results = [];
  for (const seed of SEEDS) {
    const after = await read(html, url, seed, name);
    results.push(isDeepStrictEqual(after, before));
    if (!verbose) continue;
    for (const key of Object.keys({ ...before, ...after }) as (keyof typeof before)[]) {
      const [a, b] = [JSON.stringify(before[key]), JSON.stringify(after[key])];
      if (a !== b)
        console.log(`        ${seed} ${key}: ${a?.slice(0, 300)}\n          → ${b?.slice(0, 300)}`);
    }
  }
  if (results.every(Boolean)) same++;
  console.log(`${results.map((r) => (r ? 'same' : 'DIFF')).join(' ')}  ${name}`);
}
console.log(`invented pages unchanged by a redesign: ${same}/${names.length}`);

if (sharedPagesPresent) {
  const score = await loadScorer();
  const original: Score[] = [];
  const changed: Score[] = [];
  for (const id of sharedPageIds()) {
    const { html, label } = sharedPage(id);
    const saved: string[] = [];
    const base = score(label, await read(html, ''), saved);
    original.push(base);
    const misses: string[] = [];
    const after: Score[] = [];
    for (const seed of SEEDS) after.push(score(label, await read(html, '', seed, id), misses));
    changed.push(...after);
    console.log(`${base.f1.toFixed(3)} → ${after.map((s) => s.f1.toFixed(3)).join(' ')}  ${id}`);
    if (verbose) for (const miss of saved) console.log(`   as saved: ${miss}`);
    if (verbose) for (const miss of new Set(misses)) console.log(`        ${miss}`);
  }
  console.log(
    `real pages: F1 ${overallF1(original).toFixed(3)} as saved, ${overallF1(changed).toFixed(3)} redesigned`,
  );
}
