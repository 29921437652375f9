/**
 * Turns the lines of one section item into a position, school, skill... Every layout since 2013 prints an
 * item the same way: what it is (title, school, skill), who it is with (company, degree, issuer), then the
 * dates, then where. The date line is the anchor, so no English label is ever needed.
 */
import type { Certification, Education, Position, Volunteering } from '../shared/profile';
import { type DateRange, parseDateRange, yearOf } from './dates';
import { compact } from './json-ld';
import { readsAsPlace } from './place-shape';
import { topLevelItems } from './sections';
import { FIELD_OF_STUDY, type ListSection, NESTED } from './selectors';
import { splitStudy } from './study';
import { beforeDot, type Line, linesOf } from './text';

/** An item's own lines, without those of its descriptions, skills or grouped roles. */
export const headerLines = (item: Element): Line[] => linesOf(item, NESTED);

/** A date line is short; a description that happens to start with a year is not one. */
const dateOf = (line: Line | undefined): DateRange | undefined =>
  line && line.text.length < 90 ? parseDateRange(line.text) : undefined;

interface Parsed {
  /** Lines before the date line: what the item is. */
  head: Line[];
  dates?: DateRange;
  /** Lines after the date line. */
  tail: string[];
}

/** 2014-2016 pages print a school's years as two elements: "<time>2004</time><time> – 2008</time>". */
function rangeAt(lines: Line[], at: number): [DateRange | undefined, number] {
  const line = lines[at];
  const next = lines[at + 1];
  if (line && next && /^[-–—]/.test(next.text)) {
    const joined = dateOf({ text: `${line.text} ${next.text}`, el: line.el });
    if (joined) return [joined, 2];
  }
  return [dateOf(line), 1];
}

function split(lines: Line[]): Parsed {
  const at = lines.findIndex((line) => dateOf(line));
  if (at < 0) return { head: lines, tail: [] };
  const [dates, used] = rangeAt(lines, at);
  return { head: lines.slice(0, at), dates, tail: lines.slice(at + used).map((l) => l.text) };
}

/** A duration on a line of its own: counts of time and nothing else ("2 yrs 3 mos", "6 años 4 meses", "(5 years)"). */
const DURATION = /^\(?(?:\d+\s*\p{L}+\.?\s*){1,2}\)?$/u;

/**
 * The location is the line that follows the period line (past a duration printed on a line of its own),
 * when it reads as a place ("Berlin, Germany · Hybrid"). Any later line is the description, which may name
 * places too ("Mombasa, Kisumu, Eldoret"); a skill list or a button caption there is never taken either.
 */
function placeIn(tail: string[]): string | undefined {
  const place = beforeDot(tail.find((line) => !DURATION.test(line)));
  return readsAsPlace(place) ? place : undefined;
}

function position(lines: Line[], groupCompany?: string): Position | undefined {
  const { head, dates, tail } = split(lines);
  const title = head[0]?.text;
  const company = groupCompany ?? beforeDot(head[1]?.text);
  if (!title || !(company || dates)) return undefined;
  return compact({ title, company: company ?? '', location: placeIn(tail), ...dates });
}

/** The sub-items inside an item with their own lines, looking through wrappers that hold nothing but a list. */
const subItems = (item: Element): Line[][] =>
  topLevelItems(item).flatMap((sub) => {
    if (sub === item) return [];
    const lines = headerLines(sub);
    return lines.length ? [lines] : subItems(sub);
  });

/** Positions of one item: a single role, or the roles of one employer grouped under its name. */
function positions(item: Element): Position[] {
  const own = headerLines(item);
  const roles = own.some((line) => dateOf(line)) ? [] : subItems(item).filter((role) => role.some(dateOf));
  if (!roles.length) {
    const single = position(own);
    return single ? [single] : [];
  }
  const company = beforeDot(own[0]?.text) ?? '';
  return roles.flatMap((role) => position(role, company) ?? []);
}

function education(lines: Line[]): Education | undefined {
  const { head, dates } = split(lines);
  const school = head[0]?.text;
  if (!school) return undefined;
  const rest = head.slice(1);
  const { degree, field } = splitStudy(
    // "<span>Bachelor of Arts (B.A.), </span><span>Public Health</span>": the comma belongs to neither.
    rest.map((l) => l.text.replace(/\s*,$/, '')),
    !!rest[0]?.el.matches(FIELD_OF_STUDY),
  );
  return compact({ school, degree, field, start: yearOf(dates?.start), end: yearOf(dates?.end) });
}

function volunteering(lines: Line[]): Volunteering | undefined {
  const [role, org] = split(lines).head.map((l) => l.text);
  const organization = beforeDot(org);
  return role && organization ? { role, organization } : undefined;
}

function certification(lines: Line[]): Certification | undefined {
  const [name, issuer] = lines.map((l) => l.text);
  if (!name) return undefined;
  // The line after the name is the issuer unless it is already the issue date.
  return issuer && !/\b(19|20)\d\d\b/.test(issuer) ? { name, issuer } : { name };
}

export type SectionItem = Position | Education | Volunteering | Certification | string;

/** Reads every item of one section item element; strings for skills and languages. */
export function readItem(section: ListSection, item: Element): SectionItem[] {
  if (section === 'experience') return positions(item);
  const lines = headerLines(item);
  let read: SectionItem | undefined;
  if (section === 'education') read = education(lines);
  else if (section === 'volunteering') read = volunteering(lines);
  // 2013 pages list a certificate's issuer in a nested list of specifics (li-2013-public).
  else if (section === 'certifications') read = certification(lines.length > 1 ? lines : linesOf(item));
  else read = lines[0]?.text;
  return read ? [read] : [];
}
