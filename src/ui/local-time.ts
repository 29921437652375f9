// Date and time inputs speak the user's local time; Rapport stores epoch milliseconds.

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-03-14" for an <input type="date">, in local time. */
export function dateInputValue(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "2026-03-14T09:30" for an <input type="datetime-local">, in local time. */
export function dateTimeInputValue(at: number): string {
  const d = new Date(at);
  return `${dateInputValue(at)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

function localTime(y: number, mo: number, d: number, h: number, mi: number): number | undefined {
  const date = new Date(y, mo - 1, d, h, mi);
  // Rejects 2026-02-30 and the like, which Date would quietly roll into March.
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return undefined;
  return date.getTime();
}

/**
 * A date input's value as a moment on that local day. Reminders for a chosen day default to the
 * morning, so they arrive when the day starts rather than at midnight.
 */
export function parseDateInput(value: string, hour = MORNING_HOUR): number | undefined {
  const m = DATE.exec(value.trim());
  if (!m) return undefined;
  return localTime(Number(m[1]), Number(m[2]), Number(m[3]), hour, 0);
}

export function parseDateTimeInput(value: string): number | undefined {
  const m = DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  const [h, mi] = [Number(m[4]), Number(m[5])];
  if (h > 23 || mi > 59) return undefined;
  return localTime(Number(m[1]), Number(m[2]), Number(m[3]), h, mi);
}

/** "21:00" as a time input gives it; what quiet hours are written in. */
export function isTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}

/** The hour a reminder for a chosen day comes due. */
export const MORNING_HOUR = 9;
