import { describe, expect, it } from 'vitest';
import { ix, run, URL_A } from '../../../tests/support/follow-up-fixtures';
import type { FollowUp } from '../../shared/interaction';
import { DAY, HOUR } from '../time-units';
import { badgeState, dueList, newlyDue, notificationKey } from './due-list';
import { snooze } from './follow-up-records';

// Local wall-clock times, so "today" means the same thing in every time zone the tests run in.
const at = (day: number, hour: number, minute = 0) => new Date(2025, 5, day, hour, minute).getTime();
const NOW = at(10, 9);

function f(id: string, dueAt: number, extra: Partial<FollowUp> = {}): FollowUp {
  return { id, contactUrl: URL_A, kind: 'check-in', dueAt, status: 'open', ...extra };
}

describe('dueList', () => {
  const items = [
    f('later-today', at(10, 17)),
    f('tomorrow', at(11, 0)),
    f('last-week', at(3, 9)),
    f('overdue-thanks', at(8, 12), { kind: 'thank-you', overdueAt: at(9, 12) }),
    f('thanks-not-yet-overdue', at(10, 8), { kind: 'thank-you', overdueAt: at(11, 8) }),
    f('done', at(1, 9), { status: 'done' }),
    f('snoozed-to-tomorrow', at(1, 9), { snoozedUntil: at(11, 9) }),
    f('snoozed-to-this-morning', at(1, 9), { snoozedUntil: at(10, 8) }),
    f('last-minute-of-today', at(10, 23, 59) + 59_999),
  ];

  it('everything due today or earlier, overdue first, then by due time', () => {
    expect(dueList(items, NOW).map((x) => x.id)).toEqual([
      'overdue-thanks',
      'last-week',
      'snoozed-to-this-morning',
      'thanks-not-yet-overdue',
      'later-today',
      'last-minute-of-today',
    ]);
  });

  it('a snoozed item is back on the day its snooze ends', () => {
    expect(dueList(items, at(11, 0, 1)).map((x) => x.id)).toContain('snoozed-to-tomorrow');
  });

  it('a snoozed overdue thank-you is neither due nor overdue until the snooze ends, then overdue again', () => {
    const thanks = f('t', at(1, 9), { kind: 'thank-you', overdueAt: at(2, 9), snoozedUntil: at(12, 9) });
    expect(badgeState([thanks], NOW)).toEqual({ count: 0, overdue: false });
    expect(badgeState([thanks], at(12, 9))).toEqual({ count: 1, overdue: true });
  });
});

describe('badgeState', () => {
  it.each<[string, FollowUp[], { count: number; overdue: boolean }]>([
    ['nothing', [], { count: 0, overdue: false }],
    ['due later today counts', [f('a', at(10, 20))], { count: 1, overdue: false }],
    ['tomorrow does not', [f('a', at(11, 9))], { count: 0, overdue: false }],
    [
      'overdue shows',
      [f('a', at(10, 8)), f('b', at(8, 9), { kind: 'thank-you', overdueAt: at(9, 9) })],
      { count: 2, overdue: true },
    ],
  ])('%s', (_label, followUps, expected) => {
    expect(badgeState(followUps, NOW)).toEqual(expected);
  });
});

describe('newlyDue', () => {
  it('shows what is due now, once', () => {
    const items = [f('due', at(10, 8)), f('later-today', at(10, 17)), f('old', at(1, 9))];
    const first = newlyDue(new Set(), items, NOW);
    expect(first.show.map((x) => x.id)).toEqual(['old', 'due']);
    expect(newlyDue(first.notified, items, NOW).show).toEqual([]);
    expect(newlyDue(first.notified, items, at(10, 17)).show.map((x) => x.id)).toEqual(['later-today']);
  });

  it('overdue first', () => {
    const items = [f('a', at(10, 8)), f('b', at(10, 8, 30), { kind: 'thank-you', overdueAt: at(10, 8, 45) })];
    expect(newlyDue(new Set(), items, NOW).show.map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('a snoozed follow-up notifies again when its snooze ends, not before', () => {
    const [thanks] = run([ix('h', 'meeting-held', NOW - 2 * HOUR)]);
    if (!thanks) throw new Error('no thank-you');
    const { notified } = newlyDue(new Set(), [thanks], NOW);
    const [snoozed] = run([ix('h', 'meeting-held', NOW - 2 * HOUR)], [snooze(thanks, NOW + DAY, NOW)]);
    if (!snoozed) throw new Error('no thank-you');
    expect(newlyDue(notified, [snoozed], NOW + HOUR).show).toEqual([]);
    const after = newlyDue(notified, [snoozed], NOW + DAY);
    expect(after.show).toEqual([snoozed]);
    expect(after.notified.has(notificationKey(snoozed))).toBe(true);
    expect(newlyDue(after.notified, [snoozed], NOW + DAY + HOUR).show).toEqual([]);
  });

  it('does not change the set it was given', () => {
    const prev = new Set<string>();
    newlyDue(prev, [f('a', at(10, 8))], NOW);
    expect(prev.size).toBe(0);
  });
});
