export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
/**
 * Rule arithmetic uses fixed 24-hour days so due times never depend on the time zone; the due list
 * (due-list.ts) is where local calendar days matter.
 */
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

/** The last millisecond of the local calendar day containing `now`. */
export function endOfLocalDay(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1;
}
