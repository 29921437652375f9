import { extractProfile } from '../../src/capture/extract';
import { listContacts } from '../../src/db/contacts';
import { openDatabase } from '../../src/db/database';
import { listDue } from '../../src/db/follow-up-store';
import { searchIndex } from '../../src/db/search';
import { seedDatabase } from './seed';

async function timeRuns(runs: number, run: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

/** What `npm run bench` calls inside Chromium, on real IndexedDB and a real DOM. */
const bench = {
  extract: (html: string, url: string, runs: number) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return timeRuns(runs, () => extractProfile(doc, url));
  },
  due: async (contacts: number, interactionsPerContact: number, dueShare: number, runs: number) => {
    const db = openDatabase(`rapport-bench-${Date.now()}`);
    const now = Date.now();
    const seeded = await seedDatabase(db, contacts, interactionsPerContact, dueShare, now);
    await listDue(db, now);
    const times = await timeRuns(runs, () => listDue(db, now));
    const dueItems = (await listDue(db, now)).length;
    db.close();
    return { ...seeded, dueItems, times };
  },
  /**
   * The search box, one keystroke at a time: each prefix of each query is one search, as the list would
   * send it, through the index kept current in the background and the page of people it shows.
   */
  search: async (contacts: number, interactionsPerContact: number, queries: string[]) => {
    const db = openDatabase(`rapport-bench-search-${Date.now()}`);
    const now = Date.now();
    const seeded = await seedDatabase(db, contacts, interactionsPerContact, 0.02, now, { searchable: true });
    const started = performance.now();
    await searchIndex(db);
    const buildMs = performance.now() - started;
    const keystrokes = queries.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));
    const times = await timeRuns(keystrokes.length, async () => undefined);
    for (const [i, query] of keystrokes.entries()) {
      const start = performance.now();
      await listContacts(db, { limit: 50, query });
      times[i] = performance.now() - start;
    }
    const found = (await listContacts(db, { limit: 50, query: queries[0] ?? '' })).length;
    db.close();
    return { ...seeded, buildMs, keystrokes: keystrokes.length, found, times };
  },
};

(globalThis as unknown as { rapportBench: typeof bench }).rapportBench = bench;
