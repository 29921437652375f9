import { launchRapport, type Rapport, sendFrom } from '../../scripts/lib/launch';
import { startSyncServer } from '../../scripts/lib/sync-server';
import { turnOnSync } from '../support/sync-browser';

const TOKEN = 'a secret for the benchmark';
const PEOPLE = 10;

/** Counts the interactions a browser's Rapport holds, straight from its IndexedDB (no message round trips). */
const countInteractions = (rapport: Rapport) =>
  rapport.worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('interactions').objectStore('interactions').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
        };
      }),
  );

/**
 * Two browser profiles synced through one local server: the first logs `changes` notes (as messages, the
 * way the pages do); the time is from when the first has written them all until the second holds them all.
 */
export async function benchSyncTwoBrowsers(
  dist: string,
  runs: number,
  changes: number,
): Promise<{ times: number[]; detail: string }> {
  const server = await startSyncServer({ port: 0, token: TOKEN, file: ':memory:' });
  const first = await launchRapport({ dist });
  const second = await launchRapport({ dist });
  try {
    const firstUi = await first.openPage('src/options/index.html');
    const secondUi = await second.openPage('src/options/index.html');
    await turnOnSync(first, firstUi, server.url, TOKEN);
    await turnOnSync(second, secondUi, server.url, TOKEN);
    const people = Array.from({ length: PEOPLE }, (_, i) => `https://www.linkedin.com/in/bench-sync-${i}/`);
    for (const [i, url] of people.entries())
      await sendFrom(firstUi, 'ui:addContact', { url, name: `Bench Person ${i}` });

    const times: number[] = [];
    const writes: number[] = [];
    const totals: number[] = [];
    for (let run = 0; run < runs; run++) {
      const before = await countInteractions(second);
      const started = Date.now();
      await firstUi.evaluate(
        async ([n, urls, r]) => {
          const sends = Array.from({ length: n }, (_, i) =>
            chrome.runtime.sendMessage({
              type: 'ui:logInteraction',
              data: {
                contactUrl: urls[i % urls.length],
                kind: 'note',
                at: Date.now(),
                note: `Run ${r}, note ${i}`,
              },
            }),
          );
          await Promise.all(sends);
        },
        [changes, people, run] as const,
      );
      writes.push(Date.now() - started);
      const deadline = Date.now() + 120_000;
      while ((await countInteractions(second)) < before + changes) {
        if (Date.now() > deadline)
          throw new Error('The second browser did not see every change in 2 minutes');
        await new Promise((r) => setTimeout(r, 25));
      }
      totals.push(Date.now() - started);
      times.push(Date.now() - started - (writes.at(-1) ?? 0));
    }
    const mid = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    return {
      times,
      detail: `after the last of ${changes} notes is written in the first browser (writing them takes a median ${mid(writes)} ms there, with or without sync most of it), until the second browser's database holds them all; from the first write: ${mid(totals)} ms. ${PEOPLE} people, ${runs} runs`,
    };
  } finally {
    await first.close();
    await second.close();
    await server.close();
  }
}
