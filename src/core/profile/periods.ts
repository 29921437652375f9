/** A stretch of time in whole months since year 0, with the precision each end was given in. */
export interface Period {
  start: number;
  end: number;
  startHasMonth: boolean;
  endHasMonth: boolean;
  /** The end is "present": the person is still there. */
  ongoing: boolean;
}

/** When two periods meet, as {start, end} in YYYY or YYYY-MM; end "present" if both are ongoing. */
export interface Overlap {
  start: string;
  end: string;
}

const PARTIAL_DATE = /^\s*(\d{4})(?:-(\d{1,2}))?/;

interface MonthPoint {
  month: number;
  hasMonth: boolean;
}

/** A year alone covers the whole year: January when it starts a period, December when it ends one. */
function parsePoint(text: string | undefined, edge: 'start' | 'end'): MonthPoint | undefined {
  const match = text ? PARTIAL_DATE.exec(text) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const monthOfYear = month ?? (edge === 'start' ? 1 : 12);
  return { month: year * 12 + monthOfYear - 1, hasMonth: month !== undefined };
}

export function monthOf(now: number): number {
  const date = new Date(now);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/**
 * The period a position or study covers. Without a start there is nothing to compare; without an end
 * it covers only its start, so that a half-dated entry never claims more time than it shows.
 */
export function periodOf(
  start: string | undefined,
  end: string | undefined,
  now: number,
): Period | undefined {
  const from = parsePoint(start, 'start');
  if (!from) return undefined;
  const ongoing = end?.trim().toLowerCase() === 'present';
  const to: MonthPoint | undefined = ongoing
    ? { month: Math.max(monthOf(now), from.month), hasMonth: true }
    : (parsePoint(end, 'end') ?? parsePoint(start, 'end'));
  if (!to || to.month < from.month) return undefined;
  return {
    start: from.month,
    end: to.month,
    startHasMonth: from.hasMonth,
    endHasMonth: to.hasMonth,
    ongoing,
  };
}

function formatMonth(month: number, withMonth: boolean): string {
  const year = String(Math.floor(month / 12)).padStart(4, '0');
  return withMonth ? `${year}-${String((month % 12) + 1).padStart(2, '0')}` : year;
}

/** The time two periods share, in the precision the dates were given in. */
export function overlapOf(a: Period, b: Period): Overlap | undefined {
  const later = a.start >= b.start ? a : b;
  const earlier = a.end <= b.end ? a : b;
  if (later.start > earlier.end) return undefined;
  const ongoing = a.ongoing && b.ongoing;
  return {
    start: formatMonth(later.start, later.startHasMonth),
    end: ongoing ? 'present' : formatMonth(earlier.end, earlier.endHasMonth),
  };
}

/** Months two periods share; 0 when they do not meet. */
export function overlapMonths(a: Period, b: Period): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1);
}

/** "in 2018–2019", "in 2019" or "since 2021": how a sentence says when two people overlapped. */
export function overlapPhrase(overlap: Overlap): string {
  const startYear = overlap.start.slice(0, 4);
  if (overlap.end === 'present') return `since ${startYear}`;
  const endYear = overlap.end.slice(0, 4);
  return startYear === endYear ? `in ${startYear}` : `in ${startYear}–${endYear}`;
}

/** Whole years in a period, rounded down. */
export function periodYears(period: Period): number {
  return Math.floor((period.end - period.start + 1) / 12);
}
