/**
 * Date ranges as LinkedIn prints them, in the UI languages Rapport's users read LinkedIn in:
 * "Jan 2019 - Present · 5 yrs", "Feb. 2011 – Heute", "sept. 2018 - aujourd’hui", "2014 - 2019".
 * Month names come from Intl instead of a table, so the bundle stays small and every locale is covered alike.
 */
import type { EndDate, PartialDate } from '../shared/profile';

const LOCALES = ['en', 'en-GB', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'sv'];

/** Words LinkedIn puts where an end date would be when the role is still going on. */
const PRESENT = [
  'presente',
  'present',
  'heute',
  'aujourd’hui',
  "aujourd'hui",
  'actualidad',
  'actual',
  'o momento',
  'momento',
  'atual',
  'oggi',
  'heden',
  'nu',
  'idag',
];

let months: Map<string, number> | undefined;

function monthNames(): Map<string, number> {
  if (months) return months;
  months = new Map();
  const add = (name: string, month: number) => {
    const key = name.toLowerCase().replace(/\.$/, '');
    if (!months?.has(key)) months?.set(key, month);
  };
  for (const locale of LOCALES) {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const name = format.format(Date.UTC(2020, m - 1, 15));
        add(name, m);
        // LinkedIn abbreviates some months differently from CLDR ("Sept" / "Sep", "juil" / "jul").
        add(name.slice(0, 3), m);
        add(name.slice(0, 4), m);
      }
    }
  }
  return months;
}

const DATE = /^(?:([\p{L}]+)\.?\s+(?:de\s+)?)?(\d{4})(?![\d])/u;
const SEPARATOR = /^\s*(?:[-–—]|(?:tot|till|to|bis|à|al|a)(?=\s))\s*/i;
/** What may follow a date on its line: a duration, a location after a dot, or nothing. */
const AFTER_DATE = /^(?:$|\s*[·•(|,]|\s+\d)/;
/** A full range may be followed by a duration in words ("2002 - 2002 less than a year"). */
const AFTER_RANGE = /^(?:$|\s|[·•(|,])/;

interface DateMatch {
  date: PartialDate;
  length: number;
}

function matchDate(text: string): DateMatch | undefined {
  const m = DATE.exec(text);
  if (!m?.[2]) return undefined;
  let date: PartialDate = m[2];
  if (m[1]) {
    const month = monthNames().get(m[1].toLowerCase());
    if (!month) return undefined;
    date += `-${String(month).padStart(2, '0')}`;
  }
  return { date, length: m[0].length };
}

export interface DateRange {
  start: PartialDate;
  end?: EndDate;
}

/**
 * Reads a date range at the start of a line, or undefined when the line does not start with one.
 * A single date stands for a role that began and ended in the same month or year, as LinkedIn prints it.
 */
export function parseDateRange(line: string): DateRange | undefined {
  const text = line.trim();
  const first = matchDate(text);
  if (!first) return undefined;
  let rest = text.slice(first.length);
  const separator = SEPARATOR.exec(rest);
  let end: EndDate = first.date;
  if (separator) {
    rest = rest.slice(separator[0].length);
    const second = matchDate(rest);
    const lower = rest.toLowerCase();
    const present = PRESENT.find((word) => lower.startsWith(word));
    if (second) {
      end = second.date;
      rest = rest.slice(second.length);
    } else if (present) {
      end = 'present';
      rest = rest.slice(present.length);
    } else return undefined;
  }
  return (separator ? AFTER_RANGE : AFTER_DATE).test(rest) ? { start: first.date, end } : undefined;
}

/** Keeps only the year: schools are read by year, whatever month the page shows. */
export const yearOf = <T extends EndDate | undefined>(date: T): T =>
  (date && date !== 'present' ? date.slice(0, 4) : date) as T;
