import type { FollowUp } from '../../shared/interaction';
import { endOfLocalDay } from '../time-units';
import { byDueThenId, effectiveDueAt, isDue, isOverdue } from './follow-ups';

/**
 * Everything open and due by the end of today (local time), overdue first, then by due time. "Today"
 * rather than "now" so the morning list already shows the check-in due this afternoon; a snoozed item
 * comes back on the day its snooze ends.
 */
export function dueList(followUps: readonly FollowUp[], now: number): FollowUp[] {
  const until = endOfLocalDay(now);
  return followUps
    .filter((f) => f.status === 'open' && effectiveDueAt(f) <= until)
    .sort((a, b) => Number(isOverdue(b, now)) - Number(isOverdue(a, now)) || byDueThenId(a, b));
}

export function badgeState(followUps: readonly FollowUp[], now: number): { count: number; overdue: boolean } {
  const list = dueList(followUps, now);
  return { count: list.length, overdue: list.some((f) => isOverdue(f, now)) };
}

/**
 * Identifies one notification: the follow-up, plus its snooze, so a snoozed follow-up notifies again when
 * the snooze ends (the user asked to be reminded) but never twice for the same due moment.
 */
export function notificationKey(f: FollowUp): string {
  return f.snoozedUntil === undefined ? f.id : `${f.id}@${f.snoozedUntil}`;
}

/**
 * Which notifications to show now: follow-ups due at this moment (not merely later today) that have not
 * been shown. Returns the keys to persist, so each shows once; callers may drop keys of follow-ups that
 * are no longer open to keep the set small.
 */
export function newlyDue(
  prevNotifiedIds: ReadonlySet<string>,
  followUps: readonly FollowUp[],
  now: number,
): { show: FollowUp[]; notified: Set<string> } {
  const notified = new Set(prevNotifiedIds);
  const show: FollowUp[] = [];
  for (const f of followUps) {
    const key = notificationKey(f);
    if (!isDue(f, now) || notified.has(key)) continue;
    notified.add(key);
    show.push(f);
  }
  show.sort((a, b) => Number(isOverdue(b, now)) - Number(isOverdue(a, now)) || byDueThenId(a, b));
  return { show, notified };
}
