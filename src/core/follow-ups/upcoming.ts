import type { FollowUp } from '../../shared/interaction';
import { byDueThenId, effectiveDueAt, isOverdue } from './follow-ups';

/** How far ahead the Due view and the options page look. */
export const UPCOMING_DAYS = 14;

/** The first millisecond of the local calendar day `days` after the one containing `at`. */
export function startOfLocalDay(at: number, days = 0): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime();
}

/** The last moment the upcoming list reaches: the end of the local day `days` after today. */
export function upcomingUntil(now: number, days: number): number {
  return startOfLocalDay(now, days + 1) - 1;
}

/**
 * Everything open from overdue through the end of the local day `days` from now: overdue first, then by
 * when it needs attention. A snoozed item counts from when its snooze ends.
 */
export function upcomingList(followUps: readonly FollowUp[], now: number, days: number): FollowUp[] {
  const until = upcomingUntil(now, days);
  return followUps
    .filter((f) => f.status === 'open' && effectiveDueAt(f) <= until)
    .sort((a, b) => Number(isOverdue(b, now)) - Number(isOverdue(a, now)) || byDueThenId(a, b));
}

export interface DayGroup<T> {
  /** "overdue", or the first millisecond of the local day the items are due on (today for anything due now). */
  day: 'overdue' | number;
  items: T[];
}

/**
 * Splits an upcoming list into overdue, today and each later day that has something, in that order.
 * Anything already due but not yet overdue belongs to today: it is what to do today.
 */
export function groupByDay<T extends { followUp: FollowUp; overdue: boolean }>(
  items: readonly T[],
  now: number,
): DayGroup<T>[] {
  const today = startOfLocalDay(now);
  const groups = new Map<'overdue' | number, T[]>();
  for (const item of items) {
    const day = item.overdue ? 'overdue' : Math.max(today, startOfLocalDay(effectiveDueAt(item.followUp)));
    const list = groups.get(day) ?? [];
    list.push(item);
    groups.set(day, list);
  }
  return [...groups.entries()]
    .map(([day, list]) => ({ day, items: list.sort((a, b) => byDueThenId(a.followUp, b.followUp)) }))
    .sort((a, b) => (a.day === 'overdue' ? -1 : b.day === 'overdue' ? 1 : a.day - b.day));
}
