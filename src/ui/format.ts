import { DAY, HOUR, MINUTE, WEEK } from '../core/time-units';

/** The units people say lengths of time in, largest first: months and years as rough lengths. */
export const TIME_UNITS = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', WEEK],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
] as const;

/** "3 minutes ago", "in 2 days": how people say when something happened. */
export function relativeTime(at: number, now: number, locale?: string): string {
  const diff = at - now;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of TIME_UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'second');
}

export function absoluteTime(at: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

const STAGE_LABELS = {
  'to-contact': 'To contact',
  asked: 'Asked',
  scheduled: 'Scheduled',
  met: 'Met',
  thanked: 'Thanked',
  'in-touch': 'In touch',
} as const;

export function stageLabel(stage: keyof typeof STAGE_LABELS): string {
  return STAGE_LABELS[stage];
}
