/**
 * Reads a saved LinkedIn page and prints the ProfileSnapshot Rapport would capture from it.
 *
 *   npm run -s extract -- <page.html> [--url <profile url>] [--report]
 *
 * Without --url the profile URL comes from the page itself (canonical link, og:url, JSON-LD, its own links).
 * --report prints { profile, report } instead of the profile alone.
 */
import { readFileSync } from 'node:fs';
import { extractProfile } from '../src/capture/extract';
import { parsePage } from './lib/parse-page';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--url');
if (!file) {
  console.error('usage: npm run -s extract -- <page.html> [--url <profile url>] [--report]');
  process.exit(2);
}

// A saved page is read as written: the parser is given the markup, nothing is fetched or run.
const page = parsePage(readFileSync(file, 'utf8'));
try {
  const result = extractProfile(page.document, option('--url') ?? '');
  process.stdout.write(`${JSON.stringify(args.includes('--report') ? result : result.profile, null, 2)}\n`);
} finally {
  await page.close();
}
