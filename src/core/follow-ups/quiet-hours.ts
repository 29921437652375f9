import type { NotificationSettings } from '../../shared/settings';
import { MINUTE } from '../time-units';

type QuietHours = NotificationSettings['quietHours'];

/** "HH:MM" (or "H:MM") to minutes after local midnight; anything else is not a time. */
function minutesOf(hhmm: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 23 && min <= 59 ? h * 60 + min : undefined;
}

/**
 * Quiet from `start` inclusive to `end` exclusive, in local wall-clock time; a window whose start is after
 * its end spans midnight (21:00–08:00). Disabled, unreadable or zero-length windows are never quiet:
 * missing a reminder is worse than getting one at a bad hour.
 */
export function isQuietTime(settings: QuietHours, date: Date): boolean {
  if (!settings.enabled) return false;
  const start = minutesOf(settings.start);
  const end = minutesOf(settings.end);
  if (start === undefined || end === undefined || start === end) return false;
  const now = date.getHours() * 60 + date.getMinutes();
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/**
 * The next moment notifications may be shown: `date` itself when it is not quiet. Steps minute by minute
 * rather than building "today at end" so daylight-saving jumps and repeated hours come out right; the
 * window is shorter than a day, so this ends within 1,440 steps.
 */
export function endOfQuietTime(settings: QuietHours, date: Date): Date {
  if (!isQuietTime(settings, date)) return new Date(date.getTime());
  let t = Math.floor(date.getTime() / MINUTE) * MINUTE;
  for (let step = 0; step < 2 * 24 * 60; step++) {
    t += MINUTE;
    const candidate = new Date(t);
    if (!isQuietTime(settings, candidate)) return candidate;
  }
  return new Date(t);
}
