/**
 * Scores the extractor on the real saved LinkedIn pages that live next to the repository (never inside it),
 * with the project's own scorer. Skipped where that folder is absent, except in CI, where it must be there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../src/capture/extract';
import { loadPage } from '../fixtures/linkedin/load-page';

const SHARED = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared');
const PAGES = join(SHARED, 'fixtures/linkedin');
const LABELS = join(PAGES, 'labels');
const SCORER = join(SHARED, 'tools/score-extract.mjs');
const present = existsSync(LABELS) && existsSync(SCORER);

interface Score {
  tp: number;
  fp: number;
  fn: number;
  f1: number;
}
type ScoreFn = (label: unknown, pred: unknown, misses?: string[]) => Score;

/** The scorer checks for --labels as soon as it loads; give it one so that importing it only defines score(). */
async function loadScorer(): Promise<ScoreFn> {
  const argv = process.argv;
  process.argv = [...argv, '--labels', LABELS];
  try {
    return ((await import(pathToFileURL(SCORER).href)) as { score: ScoreFn }).score;
  } finally {
    process.argv = argv;
  }
}

describe.skipIf(!present && !process.env.CI)('extractProfile on the shared real LinkedIn pages', () => {
  it('finds the shared pages', () => {
    expect(present, `expected real pages in ${PAGES}`).toBe(true);
  });

  it('scores overall F1 ≥ 0.95 and every page ≥ 0.90', async () => {
    const score = await loadScorer();
    const ids = readdirSync(LABELS)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.slice(0, -5))
      .sort();
    expect(ids.length).toBeGreaterThanOrEqual(16);
    const total = { tp: 0, fp: 0, fn: 0 };
    const pages: Record<string, number> = {};
    for (const id of ids) {
      const label = JSON.parse(readFileSync(join(LABELS, `${id}.json`), 'utf8'));
      const page = loadPage(join(PAGES, `${id}.html`));
      try {
        const misses: string[] = [];
        const result = score(label, extractProfile(page.document, '').profile, misses);
        total.tp += result.tp;
        total.fp += result.fp;
        total.fn += result.fn;
        pages[id] = Math.round(result.f1 * 1000) / 1000;
        if (result.f1 < 0.9) console.warn(id, misses);
      } finally {
        await page.close();
      }
    }
    const precision = total.tp / (total.tp + total.fp);
    const recall = total.tp / (total.tp + total.fn);
    const overall = (2 * precision * recall) / (precision + recall);
    expect(overall).toBeGreaterThanOrEqual(0.95);
    for (const [id, f1] of Object.entries(pages)) expect({ id, f1: f1 >= 0.9 }).toEqual({ id, f1: true });
  }, 120_000);
});
