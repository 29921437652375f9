// The service worker may be stopped at any moment, also while a capture is on its way to it or being
// stored. Every profile the user opens must still be saved, and saved once: the content script keeps its
// capture until the background confirms it, and a capture sent again is recognised by its content hash.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport, readFixture, sendFrom } from '../../scripts/lib/launch';

const SURNAMES = ['Abara', 'Bello', 'Chukwu', 'Danjuma', 'Eze', 'Fashola', 'Gowon', 'Haruna'];
const demo = readFixture('tests/fixtures/linkedin/demo-profile.html');
/** Invented people: the demo profile under other names and addresses. */
const people = SURNAMES.map((surname) => {
  const slug = `demo-maya-${surname.toLowerCase()}`;
  return {
    slug,
    name: `Maya ${surname}`,
    url: `https://www.linkedin.com/in/${slug}/`,
    html: demo.replaceAll('demo-maya-okafor', slug).replaceAll('Maya Okafor', `Maya ${surname}`),
  };
});

let rapport: Rapport;
let ui: Page;
let cdp: CDPSession;

beforeAll(async () => {
  rapport = await launchRapport();
  await rapport.serveLinkedIn(Object.fromEntries(people.map((p) => [`/in/${p.slug}/`, p.html])));
  ui = await rapport.openPage('src/options/index.html');
  cdp = await rapport.context.newCDPSession(ui);
  await cdp.send('ServiceWorker.enable');
});

afterAll(async () => {
  await rapport?.close();
});

/** Stops every service worker again and again for a while: whatever the worker was doing is cut short. */
async function keepStoppingWorkers(forMs: number): Promise<number> {
  let stops = 0;
  const until = Date.now() + forMs;
  while (Date.now() < until) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    stops++;
    await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 80));
  }
  return stops;
}

describe('captures while the service worker is stopped', () => {
  it('saves every profile load exactly once', async () => {
    for (const person of people) {
      const tab = await rapport.context.newPage();
      await tab.goto(person.url, { waitUntil: 'commit' });
      await keepStoppingWorkers(2_500);
      await expect
        .poll(() => sendFrom<{ snapshotCount: number } | null>(ui, 'ui:getContact', { url: person.url }), {
          timeout: 30_000,
          interval: 500,
        })
        .toMatchObject({ contact: { name: person.name }, snapshotCount: 1 });
      await tab.close();
    }
    const contacts = await sendFrom<{ url: string }[]>(ui, 'ui:listContacts', { limit: 50 });
    expect(contacts.map((c) => c.url).sort()).toEqual(people.map((p) => p.url).sort());
  });
});
