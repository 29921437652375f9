import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../shared/interaction';
import { effectiveDueAt, isOverdue } from './follow-ups';
import { groupByDay, startOfLocalDay, UPCOMING_DAYS, upcomingList, upcomingUntil } from './upcoming';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const NOW = new Date(2026, 2, 10, 9, 30).getTime();

const followUp = (id: string, dueAt: number, extra: Partial<FollowUp> = {}): FollowUp => ({
  id,
  contactUrl: 'https://www.linkedin.com/in/x/',
  kind: 'check-in',
  title: 'Check in',
  dueAt,
  status: 'open',
  ...extra,
});
const entry = (f: FollowUp) => ({ followUp: f, overdue: isOverdue(f, NOW) });

describe('upcoming follow-ups', () => {
  it('reaches the end of the 14th local day ahead, and keeps done or dismissed ones out', () => {
    const last = upcomingUntil(NOW, UPCOMING_DAYS);
    expect(new Date(last).getDate()).toBe(24);
    expect(new Date(last + 1).getHours()).toBe(0);
    const list = upcomingList(
      [
        followUp('in-range', last),
        followUp('too-late', last + 1),
        followUp('done', NOW, { status: 'done' }),
        followUp('snoozed-out', NOW - DAY, { snoozedUntil: last + HOUR }),
      ],
      NOW,
      UPCOMING_DAYS,
    );
    expect(list.map((f) => f.id)).toEqual(['in-range']);
  });

  it('groups overdue, today (what is due already included), then each later day in order', () => {
    const items = [
      followUp('later', NOW + 3 * DAY),
      followUp('late', NOW - 2 * DAY, { overdueAt: NOW - DAY }),
      followUp('due-yesterday', NOW - DAY),
      followUp('tonight', NOW + 10 * HOUR),
      followUp('tomorrow', NOW + DAY),
    ].map(entry);
    const groups = groupByDay(items, NOW);
    expect(groups.map((g) => [g.day, g.items.map((i) => i.followUp.id)])).toEqual([
      ['overdue', ['late']],
      [startOfLocalDay(NOW), ['due-yesterday', 'tonight']],
      [startOfLocalDay(NOW, 1), ['tomorrow']],
      [startOfLocalDay(NOW, 3), ['later']],
    ]);
  });

  it('puts every item in exactly one group, on the day it is due', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5 * DAY, max: 20 * DAY }), { maxLength: 40 }),
        fc.boolean(),
        (offsets, withOverdue) => {
          const all = offsets.map((o, n) =>
            followUp(`f${n}`, NOW + o, withOverdue && o < -DAY ? { overdueAt: NOW + o + HOUR } : {}),
          );
          const list = upcomingList(all, NOW, UPCOMING_DAYS).map(entry);
          const groups = groupByDay(list, NOW);
          expect(groups.flatMap((g) => g.items).length).toBe(list.length);
          const days = groups.map((g) => g.day).filter((d) => d !== 'overdue');
          expect(days).toEqual([...days].sort((a, b) => a - b));
          for (const g of groups) {
            for (const i of g.items) {
              if (g.day === 'overdue') expect(i.overdue).toBe(true);
              else expect(startOfLocalDay(Math.max(effectiveDueAt(i.followUp), NOW))).toBe(g.day);
            }
          }
        },
      ),
    );
  });
});
