import { relativeTime, TIME_UNITS } from './format';

/** "3 hours", "2 days": a length of time in words, never shorter than a minute. */
export function durationText(ms: number, locale?: string): string {
  const length = Math.abs(ms);
  for (const [unit, size] of TIME_UNITS) {
    if (length >= size) {
      return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(
        Math.round(length / size),
      );
    }
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(1);
}

export interface DueWhen {
  dueAt: number;
  overdueAt?: number;
  snoozedUntil?: number;
}

/** What to say about when something is due, and the moment it refers to (shown in full on hover). */
export interface DueText {
  text: string;
  at: number;
  overdue: boolean;
}

/**
 * "3 hours overdue", "14 hours left", "due in 2 days", "snoozed until tomorrow". A deadline (the
 * thank-you's 24 hours) counts down once the follow-up is due, so the user sees how long remains.
 */
export function dueText(f: DueWhen, now: number, locale?: string): DueText {
  if (f.snoozedUntil !== undefined && f.snoozedUntil > now && f.snoozedUntil > f.dueAt) {
    return {
      text: `snoozed, back ${relativeTime(f.snoozedUntil, now, locale)}`,
      at: f.snoozedUntil,
      overdue: false,
    };
  }
  if (f.overdueAt !== undefined && now >= f.overdueAt) {
    return { text: `${durationText(now - f.overdueAt, locale)} overdue`, at: f.overdueAt, overdue: true };
  }
  if (f.overdueAt !== undefined && now >= f.dueAt) {
    return { text: `${durationText(f.overdueAt - now, locale)} left`, at: f.overdueAt, overdue: false };
  }
  return { text: `due ${relativeTime(f.dueAt, now, locale)}`, at: f.dueAt, overdue: false };
}
