import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ix,
  meeting,
  type Row,
  rec,
  rows,
  run,
  SETTINGS,
  T0,
  URL_A,
  URL_B,
} from '../../../tests/support/follow-up-fixtures';
import { type FollowUp, type FollowUpRecord, INTERACTION_KINDS } from '../../shared/interaction';
import { DAY, HOUR } from '../time-units';
import {
  computeFollowUps,
  effectiveDueAt,
  type FollowUpInput,
  isDue,
  isOverdue,
  nextDueAt,
} from './follow-ups';
import type { LinkedInteraction } from './interaction-order';

describe('the 24-hour boundary: overdueAt is the first overdue millisecond', () => {
  const [thankYou] = run([
    ix('s', 'meeting-scheduled', T0 - DAY, meeting(T0, 60)),
    ix('h', 'meeting-held', T0, { scheduledId: 's' }),
  ]);
  const end = T0 + HOUR;
  it.each<[string, number, boolean, boolean]>([
    ['one second before the meeting ends', end - 1000, false, false],
    ['when it ends', end, true, false],
    ['23:59:59 after', end + 24 * HOUR - 1000, true, false],
    ['23:59:59.999 after', end + 24 * HOUR - 1, true, false],
    ['24:00:00 after', end + 24 * HOUR, true, true],
    ['24:00:01 after', end + 24 * HOUR + 1000, true, true],
  ])('%s: due %s, overdue %s', (_label, now, due, overdue) => {
    expect(thankYou).toBeDefined();
    if (!thankYou) return;
    expect(isDue(thankYou, now)).toBe(due);
    expect(isOverdue(thankYou, now)).toBe(overdue);
  });
});

describe('check-in cadence', () => {
  const answered = [ix('o', 'outreach-sent', T0 - DAY), ix('r', 'reply-received', T0)];
  const C1 = 'check-in:r#1';
  it.each<[string, LinkedInteraction[], FollowUpRecord[], Row[], FollowUpInput['contact']?]>([
    ['never contacted: nothing', [ix('n', 'note', T0)], [], []],
    [
      'contacted but never answered: nudges, never check-ins',
      [
        ix('o', 'outreach-sent', T0 - 30 * DAY),
        ix('n1', 'outreach-sent', T0 - 20 * DAY),
        ix('n2', 'outreach-sent', T0 - 10 * DAY),
      ],
      [],
      [],
    ],
    ['checkInDays after the last touch', answered, [], [[C1, 90 * DAY]]],
    [
      'any interaction restarts it',
      [...answered, ix('c', 'check-in', T0 + 30 * DAY)],
      [],
      [['check-in:c#1', 120 * DAY]],
    ],
    ['a note does not', [...answered, ix('n', 'note', T0 + 30 * DAY)], [], [[C1, 90 * DAY]]],
    ['the contact may override the cadence', answered, [], [[C1, 30 * DAY]], { url: URL_A, checkInDays: 30 }],
    ['a cadence of 0 means no check-ins', answered, [], [], { url: URL_A, checkInDays: 0 }],
    [
      'a meeting planned ahead counts from its end',
      [ix('r', 'reply-received', T0 - DAY), ix('s', 'meeting-scheduled', T0, meeting(T0 + 10 * DAY, 60))],
      [],
      [['check-in:s#1', 10 * DAY + HOUR + 90 * DAY]],
    ],
    [
      'done restarts the cadence from then',
      answered,
      [rec(`check-in:${URL_A}:r#1`, 'done', T0 + 95 * DAY)],
      [['check-in:r#2', 185 * DAY]],
    ],
    [
      'dismiss skips one: the cadence restarts from then',
      answered,
      [rec(`check-in:${URL_A}:r#1`, 'dismissed', T0 + 91 * DAY)],
      [['check-in:r#2', 181 * DAY]],
    ],
    [
      'and again',
      answered,
      [
        rec(`check-in:${URL_A}:r#1`, 'done', T0 + 90 * DAY),
        rec(`check-in:${URL_A}:r#2`, 'done', T0 + 180 * DAY),
      ],
      [['check-in:r#3', 270 * DAY]],
    ],
    [
      'a new interaction after a done check-in starts afresh',
      [...answered, ix('c', 'check-in', T0 + 100 * DAY)],
      [rec(`check-in:${URL_A}:r#1`, 'done', T0 + 90 * DAY)],
      [['check-in:c#1', 190 * DAY]],
    ],
    ['not while a thank-you is owed', [ix('h', 'meeting-held', T0)], [], [['thank-you:h', 0, 24 * HOUR]]],
  ])('%s', (_label, interactions, records, expected, contact) => {
    expect(rows(run(interactions, records, contact ? { contact } : {}))).toEqual(expected);
  });
});

describe('action items', () => {
  const id = `action-item:${URL_A}:k1`;
  it.each<[string, FollowUpRecord[], Partial<FollowUp>[]]>([
    [
      'open with its own due date and text',
      [rec(id, 'open', T0, { dueAt: T0 + DAY, title: 'Send the article' })],
      [{ id, dueAt: T0 + DAY, title: 'Send the article', status: 'open' }],
    ],
    [
      'without a date it is due from when it was written',
      [rec(id, 'open', T0, { title: 'Read the book' })],
      [{ id, dueAt: T0 }],
    ],
    ['done', [rec(id, 'done', T0, { dueAt: T0 + DAY, title: 'x' })], []],
    ['dismissed', [rec(id, 'dismissed', T0, { dueAt: T0 + DAY, title: 'x' })], []],
    [
      'snoozed',
      [rec(id, 'open', T0, { dueAt: T0 + DAY, title: 'x', snoozedUntil: T0 + 3 * DAY })],
      [{ id, dueAt: T0 + DAY, snoozedUntil: T0 + 3 * DAY }],
    ],
  ])('%s', (_label, records, expected) => {
    const got = run([], records);
    expect(got).toHaveLength(expected.length);
    expect(got).toMatchObject(expected.map((e) => ({ kind: 'action-item', ...e })));
  });
});

describe('thank the referrer', () => {
  const referred = [{ url: URL_B, name: 'Bo', metAt: T0 + DAY }];
  const id = `thank-referrer:${URL_A}:${URL_B}`;
  it.each<[string, Partial<FollowUpInput>, FollowUpRecord[], Row[]]>([
    [
      'due once someone they introduced has been met',
      { referredContactsMet: referred },
      [],
      [[`thank-referrer:${URL_B}`, DAY]],
    ],
    [
      'once per person introduced, from the first meeting',
      {
        referredContactsMet: [
          ...referred,
          { url: URL_B, name: 'Bo', metAt: T0 + 5 * DAY },
          { url: URL_B, name: 'Bo', metAt: T0 },
        ],
      },
      [],
      [[`thank-referrer:${URL_B}`, 0]],
    ],
    ['done stays done', { referredContactsMet: referred }, [rec(id, 'done', T0 + 2 * DAY)], []],
    [
      'dismissed stays dismissed',
      { referredContactsMet: referred },
      [rec(id, 'dismissed', T0 + 2 * DAY)],
      [],
    ],
    [
      'two people introduced: two thank-yous',
      {
        referredContactsMet: [
          ...referred,
          { url: 'https://www.linkedin.com/in/cy/', name: 'Cy', metAt: T0 + 2 * DAY },
        ],
      },
      [],
      [
        [`thank-referrer:${URL_B}`, DAY],
        ['thank-referrer:https://www.linkedin.com/in/cy/', 2 * DAY],
      ],
    ],
  ])('%s', (_label, extra, records, expected) => {
    expect(rows(run([], records, extra))).toEqual(expected);
  });

  it('names who was introduced', () => {
    expect(run([], [], { referredContactsMet: referred })[0]?.title).toBe(
      'Thank them for introducing you to Bo',
    );
  });

  describe('a referrer known only by name is thanked on the introduced contact', () => {
    const contact = { url: URL_A, referredBy: { name: 'Cleo' } };
    const held = [ix('h', 'meeting-held', T0), ix('t', 'thank-you-sent', T0 + HOUR)];
    it('once met', () => {
      const got = run(held, [], { contact }).find((f) => f.kind === 'thank-referrer');
      expect(got).toMatchObject({
        id: `thank-referrer:${URL_A}:${URL_A}`,
        dueAt: T0,
        title: 'Thank Cleo for the introduction',
      });
    });
    it('not before', () => {
      expect(run([ix('o', 'outreach-sent', T0)], [], { contact }).map((f) => f.kind)).toEqual([
        'reply-nudge',
      ]);
    });
    it('not when the referrer is a contact: their own list has it', () => {
      const withUrl = { url: URL_A, referredBy: { name: 'Bo', url: URL_B } };
      expect(run(held, [], { contact: withUrl }).map((f) => f.kind)).toEqual(['keep-posted']);
    });
  });
});

describe('nextDueAt', () => {
  it('is the earliest moment anything open needs attention, snoozes included', () => {
    const open = (id: string, dueAt: number, snoozedUntil?: number): FollowUp => ({
      id,
      contactUrl: URL_A,
      kind: 'check-in',
      dueAt,
      status: 'open',
      ...(snoozedUntil === undefined ? {} : { snoozedUntil }),
    });
    expect(nextDueAt([])).toBeUndefined();
    expect(nextDueAt([open('a', T0 + DAY), open('b', T0, T0 + 2 * DAY)])).toBe(T0 + DAY);
    expect(nextDueAt([open('a', T0 + 3 * DAY), open('b', T0, T0 + 2 * DAY)])).toBe(T0 + 2 * DAY);
    expect(nextDueAt([{ ...open('a', T0), status: 'done' }])).toBeUndefined();
  });
});

describe('for any history', () => {
  const history = fc.array(
    fc.record({
      kind: fc.constantFrom(...INTERACTION_KINDS),
      hours: fc.integer({ min: 0, max: 24 * 400 }),
      minutes: fc.option(fc.integer({ min: 1, max: 180 }), { nil: undefined }),
      key: fc.integer(),
    }),
    { maxLength: 40 },
  );
  const build = (
    items: { kind: (typeof INTERACTION_KINDS)[number]; hours: number; minutes?: number | undefined }[],
  ) =>
    items.map(({ kind, hours, minutes }, n) =>
      ix(`i${n}`, kind, T0 + hours * HOUR, minutes ? meeting(T0 + hours * HOUR, minutes) : {}),
    );

  it('the result does not depend on the order interactions arrive in', () => {
    fc.assert(
      fc.property(history, (items) => {
        const inOrder = build(items);
        const keys = new Map(inOrder.map((i, n) => [i.id, items[n]?.key ?? 0]));
        const reordered = [...inOrder].sort((a, b) => (keys.get(a.id) ?? 0) - (keys.get(b.id) ?? 0));
        expect(run(reordered)).toEqual(run(inOrder));
      }),
    );
  });

  it('follow-ups are open, uniquely named, sorted, and nextDueAt is the first of them', () => {
    fc.assert(
      fc.property(history, (items) => {
        const got = run(build(items));
        expect(new Set(got.map((f) => f.id)).size).toBe(got.length);
        expect(got.every((f) => f.status === 'open' && Number.isFinite(f.dueAt))).toBe(true);
        const due = got.map(effectiveDueAt);
        expect(due).toEqual([...due].sort((a, b) => a - b));
        expect(nextDueAt(got)).toBe(due[0]);
      }),
    );
  });
});

describe('performance', () => {
  /** How long the rules take over `n` interactions and a tenth as many records (best of three). */
  function timeAt(n: number): { ms: number; count: number } {
    const interactions = Array.from({ length: n }, (_, i) =>
      ix(
        `i${i}`,
        INTERACTION_KINDS[(i * 7919) % INTERACTION_KINDS.length]!,
        T0 + ((i * 104_729) % 1_000_000) * HOUR,
      ),
    );
    const records = Array.from({ length: n / 10 }, (_, i) =>
      rec(`action-item:${URL_A}:${i}`, 'open', T0, { dueAt: T0 + i * HOUR, title: `item ${i}` }),
    );
    let best = Number.POSITIVE_INFINITY;
    let count = 0;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      count = computeFollowUps({
        contact: { url: URL_A },
        interactions,
        records,
        settings: SETTINGS,
        now: T0,
      }).length;
      best = Math.min(best, performance.now() - started);
    }
    return { ms: best, count };
  }

  // A ratio, not a time: a loaded machine slows both sizes alike. Ten times the input costs about 11×
  // at n log n and 100× if quadratic.
  it('stays O(n log n): ten times the interactions cost far less than a hundred times the time', () => {
    const small = timeAt(10_000);
    const large = timeAt(100_000);
    expect(large.count).toBeGreaterThan(10_000);
    expect(large.ms / Math.max(small.ms, 1)).toBeLessThan(40);
  });
});
