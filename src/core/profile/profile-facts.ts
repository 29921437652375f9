import type { Education, Position, ProfileSnapshot } from '../../shared/profile';
import { organizationKey } from '../names/org-names';
import { chronological, isCareerStep } from '../questions/career-fields';
import { periodOf } from './periods';
import { containsPlace, isLocated, type Place, parsePlace, placeInSentence } from './places';
import { studyKind } from './study-facts';

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
 * someone who went back to study, and a decision worth asking about. An exchange term or a school
 * certificate is not such a decision.
 */
export function returnToStudy(
  profile: Pick<ProfileSnapshot, 'experience' | 'education'>,
  now: number,
): ReturnToStudy | undefined {
  let found: ReturnToStudy | undefined;
  for (const study of profile.education) {
    if (studyKind(study) !== 'degree') continue;
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

function countryName(place: Place): string {
  return placeInSentence(place.country?.name ?? '');
}

/**
 * A move between countries, or else between cities or regions of one country, from the earliest place
 * their profile shows to where they are now. Only between places whose country is known, and never
 * between a place and one that contains it (Berkeley, CA is in the United States): where the
 * locations do not say enough, there is no move to ask about.
 */
export function relocation(
  profile: Pick<ProfileSnapshot, 'experience' | 'location'>,
  now: number,
): Move | undefined {
  const places = chronological(profile.experience, now)
    .map((position) => parsePlace(position.location))
    .filter((place): place is Place => place !== undefined && isLocated(place));
  const from = places[0];
  const here = parsePlace(profile.location);
  const to = here && isLocated(here) ? here : places[places.length - 1];
  if (!from?.country || !to?.country || containsPlace(from, to) || containsPlace(to, from)) return undefined;
  if (from.country.code !== to.country.code) return { from: countryName(from), to: countryName(to) };
  if (from.city && to.city && from.cityKey !== to.cityKey) return { from: from.city, to: to.city };
  if (!from.city && !to.city && from.region && to.region && from.region.code !== to.region.code)
    return { from: from.region.name, to: to.region.name };
  return undefined;
}
