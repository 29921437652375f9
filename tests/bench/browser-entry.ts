import { extractProfile } from '../../src/capture/extract';
import { openDatabase } from '../../src/db/database';
import { listDue } from '../../src/db/follow-up-store';
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
};

(globalThis as unknown as { rapportBench: typeof bench }).rapportBench = bench;
