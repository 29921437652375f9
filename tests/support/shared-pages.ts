/**
 * The real saved LinkedIn pages beside the checkout (never inside it) and the scorer that grades an
 * extraction against their labels. Tests skip them where the folder is absent, except in CI.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SHARED = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared');
export const PAGES = join(SHARED, 'fixtures/linkedin');
export const LABELS = join(PAGES, 'labels');
const SCORER = join(SHARED, 'tools/score-extract.mjs');
export const sharedPagesPresent = existsSync(LABELS) && existsSync(SCORER);

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  f1: number;
}
export type ScoreFn = (label: unknown, pred: unknown, misses?: string[]) => Score;

/** The scorer checks for --labels as soon as it loads; give it one so that importing it only defines score(). */
export async function loadScorer(): Promise<ScoreFn> {
  const argv = process.argv;
  process.argv = [...argv, '--labels', LABELS];
  try {
    return ((await import(pathToFileURL(SCORER).href)) as { score: ScoreFn }).score;
  } finally {
    process.argv = argv;
  }
}

/** Ids of the labelled pages, sorted. */
export const sharedPageIds = (): string[] =>
  readdirSync(LABELS)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -5))
    .sort();

export const sharedPage = (id: string): { html: string; label: unknown } => ({
  html: readFileSync(join(PAGES, `${id}.html`), 'utf8'),
  label: JSON.parse(readFileSync(join(LABELS, `${id}.json`), 'utf8')),
});

/** Micro-averaged F1 over the summed units of several scores. */
export function overallF1(scores: Score[]): number {
  const t = scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
