import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshDb, fullReport, profile } from '../../tests/support/test-db';
import { otherSourcesOf } from './other-sources';
import { saveFromAnyPage, unlinkSource } from './save-any-page';
import { saveCapture } from './save-capture';

const AMARA = 'https://www.linkedin.com/in/amara-nwosu/';
const BEN = 'https://www.linkedin.com/in/ben-ito/';
const anyPage = { layout: 'any-page', sections: {} };

// Addresses that sort before, between and after LinkedIn's keys, so the query's two ranges both count.
const PAGE_URLS = [
  'http://old.example/amara',
  'https://a.example/speakers/amara',
  'https://www.acme.example/team/amara',
  'https://www.linkedin.co.uk.example/amara',
  'https://www.zed.example/people/amara',
  'https://zulu.example/amara',
  'https://devdays.example/speakers/amara',
];

async function withLinkedIn() {
  const db = freshDb();
  await saveCapture(db, {
    profile: profile('amara-nwosu', 'Amara Nwosu'),
    report: fullReport,
    pageUrl: AMARA,
    now: 1,
  });
  await saveCapture(db, { profile: profile('ben-ito', 'Ben Ito'), report: fullReport, pageUrl: BEN, now: 1 });
  return db;
}

describe('the other sources of a LinkedIn contact', () => {
  it('finds the people other sites said are this contact, and no one else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.record({ page: fc.constantFrom(...PAGE_URLS), names: fc.constantFrom(AMARA, BEN) }),
          {
            selector: (s) => s.page,
            maxLength: PAGE_URLS.length,
          },
        ),
        async (sources) => {
          const db = await withLinkedIn();
          for (const [i, { page, names }] of sources.entries()) {
            await saveFromAnyPage(db, {
              profile: { ...profile('x', `Speaker ${i}`), url: names },
              report: anyPage,
              pageUrl: page,
              now: 10 + i,
            });
          }
          for (const linkedIn of [AMARA, BEN]) {
            const found = await otherSourcesOf(db, linkedIn);
            const expected = sources.filter((s) => s.names === linkedIn).map((s) => s.page);
            expect(found.map((c) => c.url)).toEqual(expected);
            expect(found.every((c) => c.sameAs === linkedIn)).toBe(true);
          }
          db.close();
        },
      ),
      { numRuns: 25 },
    );
  });

  it('drops a source kept apart or merged', async () => {
    const db = await withLinkedIn();
    const page = 'https://devdays.example/speakers/amara';
    await saveFromAnyPage(db, {
      profile: { ...profile('x', 'Amara N.'), url: AMARA },
      report: anyPage,
      pageUrl: page,
      now: 5,
    });
    expect((await otherSourcesOf(db, AMARA)).map((c) => c.name)).toEqual(['Amara N.']);
    await unlinkSource(db, page);
    expect(await otherSourcesOf(db, AMARA)).toEqual([]);
  });
});
