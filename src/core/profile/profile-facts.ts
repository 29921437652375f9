import type { Education, Position, ProfileSnapshot } from '../../shared/profile';
import { organizationKey } from '../names/org-names';
import { chronological, isCareerStep } from '../questions/career-fields';
import { periodOf } from './periods';
import { type Place, parsePlace, placeInSentence, samePlace } from './places';

/**
 * The role they hold now: one marked "present", else the first listed if it has no end (LinkedIn lists
 * the newest first).
 */
export function currentPosition(profile: Pick<ProfileSnapshot, 'experience'>): Position | undefined {
  const ongoing = profile.experience.find((position) => position.end?.trim().toLowerCase() === 'present');
  if (ongoing) return ongoing;
  const first = profile.experience[0];
  return first && !first.end?.trim() ? first : undefined;
}

export interface Tenure {
  company: string;
  years: number;
  /** More than `years` whole years, so a sentence can say "more than 6 years". */
  moreThan: boolean;
  current: boolean;
}

/** The longest time at one employer, counting every role held there as one stretch. */
export function longestTenure(profile: Pick<ProfileSnapshot, 'experience'>, now: number): Tenure | undefined {
  const spans = new Map<string, { company: string; start: number; end: number; current: boolean }>();
  for (const position of profile.experience) {
    const key = organizationKey(position.company);
    const period = periodOf(position.start, position.end, now);
    if (!key || !period) continue;
    const span = spans.get(key);
    if (!span) {
      spans.set(key, { company: position.company.trim(), ...period, current: period.ongoing });
      continue;
    }
    span.start = Math.min(span.start, period.start);
    span.end = Math.max(span.end, period.end);
    span.current ||= period.ongoing;
  }
  let longest: Tenure | undefined;
  for (const span of spans.values()) {
    const months = span.end - span.start + 1;
    const years = Math.floor(months / 12);
    if (!longest || years > longest.years) {
      longest = { company: span.company, years, moreThan: months % 12 !== 0, current: span.current };
    }
  }
  return longest;
}

export interface ReturnToStudy {
  study: Education;
  after: Position;
}

/**
 * A course they started at least a year after starting a real job (not an internship): the sign of
 * someone who went back to study, and a decision worth asking about.
 */
export function returnToStudy(
  profile: Pick<ProfileSnapshot, 'experience' | 'education'>,
  now: number,
): ReturnToStudy | undefined {
  let found: ReturnToStudy | undefined;
  for (const study of profile.education) {
    const studyStart = periodOf(study.start, study.end, now)?.start;
    if (studyStart === undefined) continue;
    let after: { position: Position; start: number } | undefined;
    for (const position of profile.experience) {
      const start = periodOf(position.start, position.end, now)?.start;
      if (start === undefined || !isCareerStep(position.title) || start + 12 > studyStart) continue;
      if (!after || start > after.start) after = { position, start };
    }
    const foundStart = found ? periodOf(found.study.start, found.study.end, now)?.start : undefined;
    if (after && (foundStart === undefined || studyStart > foundStart))
      found = { study, after: after.position };
  }
  return found;
}

export interface Move {
  from: string;
  to: string;
}

function countryKey(place: Place): string | undefined {
  return place.country ? place.regionKeys[place.regionKeys.length - 1] : undefined;
}

/**
 * A move between countries, or else between cities, from the earliest place their profile shows to
 * where they are now.
 */
export function relocation(
  profile: Pick<ProfileSnapshot, 'experience' | 'location'>,
  now: number,
): Move | undefined {
  const places = chronological(profile.experience, now)
    .map((position) => parsePlace(position.location))
    .filter((place): place is Place => place !== undefined);
  const from = places[0];
  const to = parsePlace(profile.location) ?? places[places.length - 1];
  if (!from || !to) return undefined;
  const fromCountry = countryKey(from);
  const toCountry = countryKey(to);
  if (fromCountry && toCountry && fromCountry !== toCountry && from.country && to.country) {
    return { from: placeInSentence(from.country), to: placeInSentence(to.country) };
  }
  if (samePlace(from, to)) return undefined;
  return { from: from.city, to: to.city };
}
