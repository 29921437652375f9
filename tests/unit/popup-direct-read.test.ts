import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HandlerDeps } from '../../src/background/handlers/deps';
import { memorySessionArea, popupHandOff, type SessionArea } from '../../src/background/popup-hand-off';
import type { RapportDb } from '../../src/db/database';
import { readPopupStateDirectly } from '../../src/popup/read-popup-state';
import { findPageTab, type TabInfo } from '../../src/shared/page-tab';
import { POPUP_INTENT_KEY } from '../../src/shared/popup-intent-key';
import type { MessageData, PageTab, PopupState } from '../../src/shared/protocol';
import { popupPage, routerOverFreshDb } from '../support/router-over-fresh-db';
import { contactOf, freshDb } from '../support/test-db';

const NOW = Date.UTC(2026, 5, 1, 12);
const ORIGIN = 'chrome-extension://rapport/';
const REQUEST: MessageData<'ui:getPopupState'> = { popupInTab: false, recentLimit: 8 };

/** One database, read both ways: by the popup itself and by the background's handler. */
async function bothWays(
  db: RapportDb,
  factory: IDBFactory,
  tabs: TabInfo[],
  request = REQUEST,
  session = memorySessionArea(),
) {
  const queryTabs = async () => tabs;
  const waitingIntent = async () => (await session.get(POPUP_INTENT_KEY))[POPUP_INTENT_KEY];
  const direct = await readPopupStateDirectly(
    { idb: factory, dbName: db.name, queryTabs, ownOrigin: ORIGIN, now: NOW, waitingIntent },
    request,
  );
  const background = await backgroundAnswer(
    db,
    (popupInTab) => findPageTab(queryTabs, ORIGIN, popupInTab),
    request,
    session,
  );
  return { direct, background };
}

/** The popup state the background answers, through its real router: the message's shape and sender checked. */
async function backgroundAnswer(
  db: RapportDb,
  pageTab: HandlerDeps['findPageTab'],
  request: MessageData<'ui:getPopupState'>,
  session: SessionArea = memorySessionArea(),
): Promise<PopupState> {
  const { route } = routerOverFreshDb({
    db,
    now: () => NOW,
    findPageTab: pageTab,
    popupHandOff: popupHandOff(session),
  });
  const reply = await route({ type: 'ui:getPopupState', data: request }, popupPage);
  if (!reply.ok) throw new Error(reply.error);
  return reply.result as PopupState;
}

function setUp() {
  const factory = new IDBFactory();
  const db = freshDb(undefined, factory);
  return { factory, db };
}

const tabOn = (slug: string): TabInfo[] => [{ id: 7, url: `https://www.linkedin.com/in/${slug}/?trk=x` }];

describe('the popup reading its first state itself', () => {
  it('sees exactly what the background would answer, for the person on the page and the recent list', async () => {
    const { factory, db } = setUp();
    const people = Array.from({ length: 12 }, (_, i) =>
      contactOf(`person-${i}`, `Person ${i}`, NOW - i * 1000, { headline: i % 2 ? `Role ${i}` : undefined }),
    );
    await db.contacts.bulkPut(people);
    await db.snapshots.bulkAdd([
      { contactUrl: people[3]!.url, capturedAt: NOW - 5, profile: people[3]!.profile, changes: [] },
      {
        contactUrl: people[3]!.url,
        capturedAt: NOW - 4,
        profile: people[3]!.profile,
        changes: ['New title'],
      },
    ]);
    const { direct, background } = await bothWays(db, factory, tabOn('person-3'));
    expect(direct).not.toBeNull();
    expect(direct).toEqual(background);
    expect(direct?.view?.snapshotCount).toBe(2);
    expect(direct?.recent).toHaveLength(8);
  });

  it('agrees with the background over any set of people, ties in last-edited time included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 15 }),
        fc.integer({ min: 0, max: 16 }),
        fc.boolean(),
        async (ages, onPage, popupInTab) => {
          const { factory, db } = setUp();
          await db.contacts.bulkPut(ages.map((age, i) => contactOf(`p-${i}`, `P ${i}`, NOW - age * 60_000)));
          const tabs = [
            ...tabOn(`p-${onPage}`),
            { id: 9, url: `${ORIGIN}src/popup/index.html`, lastAccessed: 2 },
          ];
          const { direct, background } = await bothWays(db, factory, tabs, { popupInTab, recentLimit: 8 });
          expect(direct).toEqual(background);
          db.close();
        },
      ),
      { numRuns: 25 },
    );
  });

  it('migrates settings as stored in an older shape, as the background does', async () => {
    const { factory, db } = setUp();
    await db.meta.put({ key: 'settings', value: { version: 1, me: { name: 'Sam' } } });
    const { direct, background } = await bothWays(db, factory, tabOn('nobody'));
    expect(direct).toEqual(background);
  });

  it('leaves settings that fail their check to the background, which sets them aside', async () => {
    const { factory, db } = setUp();
    await db.meta.put({ key: 'settings', value: { version: 999, followUps: 'nonsense' } });
    const { direct } = await bothWays(db, factory, tabOn('nobody'));
    expect(direct).toBeNull();
  });

  it('leaves a waiting context-menu hand-off to the background, which takes it once', async () => {
    const { factory, db } = setUp();
    const url = 'https://www.linkedin.com/in/person-1/';
    await db.open();
    const session = memorySessionArea();
    await popupHandOff(session).set({ view: 'draft', contactUrl: url }, NOW - 1000);
    const { direct, background } = await bothWays(db, factory, tabOn('person-1'), REQUEST, session);
    expect(direct).toBeNull();
    expect(background.intent).toEqual({ view: 'draft', contactUrl: url });
  });

  it('ignores a hand-off too old to be for this popup, as the background does', async () => {
    const { factory, db } = setUp();
    const url = 'https://www.linkedin.com/in/person-1/';
    await db.open();
    const session = memorySessionArea();
    await popupHandOff(session).set({ view: 'draft', contactUrl: url }, NOW - 120_000);
    const { direct } = await bothWays(db, factory, tabOn('person-1'), REQUEST, session);
    expect(direct?.intent).toBeNull();
  });

  it('does not create a database that is missing, and leaves it for the background to create', async () => {
    const factory = new IDBFactory();
    const direct = await readPopupStateDirectly(
      {
        idb: factory,
        dbName: 'rapport',
        queryTabs: async () => [],
        ownOrigin: ORIGIN,
        now: NOW,
        waitingIntent: async () => undefined,
      },
      REQUEST,
    );
    expect(direct).toBeNull();
    expect(await factory.databases()).toEqual([]);
    const db = freshDb(undefined, factory);
    await db.open();
    expect(db.verno).toBeGreaterThan(0);
  });

  it('does not read a database at a schema this build does not know', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const open = factory.open('rapport', 990);
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
    });
    const direct = await readPopupStateDirectly(
      {
        idb: factory,
        dbName: 'rapport',
        queryTabs: async () => [],
        ownOrigin: ORIGIN,
        now: NOW,
        waitingIntent: async () => undefined,
      },
      REQUEST,
    );
    expect(direct).toBeNull();
  });

  it('answers about the tab the popup named, not whichever window the worker saw focused last', async () => {
    const { db } = setUp();
    await db.contacts.bulkPut([contactOf('ada', 'Ada', NOW), contactOf('ben', 'Ben', NOW - 1)]);
    const tabs: Record<number, PageTab> = {
      3: { id: 3, url: 'https://www.linkedin.com/in/ada/' },
      9: { id: 9, url: 'https://www.linkedin.com/in/ben/' },
    };
    // The last focused window shows Ada; the popup opened over Ben's tab in another window.
    const state = await backgroundAnswer(db, async (_popupInTab, tabId) => tabs[tabId ?? 3], {
      ...REQUEST,
      tabId: 9,
    });
    expect(state.profileUrl).toBe('https://www.linkedin.com/in/ben/');
    expect(state.view?.contact.name).toBe('Ben');
  });
});
