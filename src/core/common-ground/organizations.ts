import type { ProfileSnapshot } from '../../shared/profile';
import { type OrgRef, organizationKey, sameOrganization, schoolInSentence } from '../names/org-names';
import { sameSchool, schoolMatch } from '../names/school-names';
import {
  type Overlap,
  overlapMonths,
  overlapOf,
  overlapPhrase,
  type Period,
  periodOf,
} from '../profile/periods';
import type { CommonGround, MyProfileLike } from './types';
import { STRENGTH } from './types';

/** One spell at an organisation: a position, a course of study, a volunteering role. */
interface Stint {
  org: OrgRef;
  period?: Period;
}

interface SharedPlace {
  mine: Stint;
  theirs: Stint;
  overlap?: Overlap;
  months: number;
}

/**
 * One match per organisation on their side, keeping the pair of spells that overlapped longest, so
 * someone with three roles at one employer yields one line rather than three.
 */
function sharedPlaces(
  mine: readonly Stint[],
  theirs: readonly Stint[],
  same: (a: OrgRef, b: OrgRef) => boolean = sameOrganization,
): SharedPlace[] {
  const groups = new Map<string, Stint[]>();
  for (const stint of theirs) {
    const key = organizationKey(stint.org.name);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), stint]);
  }
  const places: SharedPlace[] = [];
  for (const group of groups.values()) {
    let best: SharedPlace | undefined;
    for (const their of group) {
      for (const my of mine) {
        if (!organizationKey(my.org.name) || !same(my.org, their.org)) continue;
        const overlap = my.period && their.period ? overlapOf(my.period, their.period) : undefined;
        const months = overlap && my.period && their.period ? overlapMonths(my.period, their.period) : 0;
        if (!best || months > best.months)
          best = { mine: my, theirs: their, months, ...(overlap && { overlap }) };
      }
    }
    if (best) places.push(best);
  }
  return places;
}

function overlapBonus(months: number): number {
  return Math.min(5, Math.floor(months / 12));
}

function employers(me: MyProfileLike, them: ProfileSnapshot, now: number): CommonGround[] {
  const stints = (profile: MyProfileLike) =>
    profile.experience.map((position) => ({
      org: { name: position.company, url: position.companyUrl },
      period: periodOf(position.start, position.end, now),
    }));
  return sharedPlaces(stints(me), stints(them)).map((place) => {
    const name = place.theirs.org.name.trim();
    const shared = { kind: 'employer' as const, mine: place.mine.org.name.trim(), theirs: name };
    if (!place.overlap) {
      return {
        ...shared,
        label: `You have both worked at ${name}`,
        phrase: `we have both worked at ${name}`,
        strength: STRENGTH.employer,
      };
    }
    const when = overlapPhrase(place.overlap);
    const verb = place.overlap.end === 'present' ? 'have both been' : 'were both';
    return {
      ...shared,
      label: `You ${verb} at ${name} ${when}`,
      phrase: `we ${verb} at ${name} ${when}`,
      overlap: place.overlap,
      strength: STRENGTH.employerOverlap + overlapBonus(place.months),
    };
  });
}

function schools(me: MyProfileLike, them: ProfileSnapshot, now: number): CommonGround[] {
  const stints = (profile: MyProfileLike) =>
    profile.education.map((study) => ({
      org: { name: study.school, url: study.schoolUrl },
      period: periodOf(study.start, study.end, now),
    }));
  return sharedPlaces(stints(me), stints(them), sameSchool).map((place) => {
    // One side may name the campus or division: the line names the school both were at.
    const broader = schoolMatch(place.mine.org, place.theirs.org) === 'a' ? place.mine : place.theirs;
    const name = broader.org.name.trim();
    const inSentence = schoolInSentence(name);
    const shared = { kind: 'school' as const, mine: place.mine.org.name.trim(), theirs: name };
    if (!place.overlap) {
      return {
        ...shared,
        label: `You both studied at ${inSentence}`,
        phrase: `we both studied at ${inSentence}`,
        strength: STRENGTH.school,
      };
    }
    const when = overlapPhrase(place.overlap);
    const verb = place.overlap.end === 'present' ? 'have both been' : 'were both';
    return {
      ...shared,
      label: `You ${verb} at ${inSentence} ${when}`,
      phrase: `we ${verb} at ${inSentence} ${when}`,
      overlap: place.overlap,
      strength: STRENGTH.schoolOverlap + overlapBonus(place.months),
    };
  });
}

/**
 * Volunteering matches like an employer, and also across the two: someone who volunteers with Code
 * Club shares it with someone who works there. Employers on both sides are the employer line's.
 */
function volunteering(me: MyProfileLike, them: ProfileSnapshot, taken: ReadonlySet<string>): CommonGround[] {
  const stints = (profile: MyProfileLike) => ({
    volunteered: profile.volunteering.map((role) => ({ org: { name: role.organization } })),
    worked: profile.experience.map((position) => ({
      org: { name: position.company, url: position.companyUrl },
    })),
  });
  const mine = stints(me);
  const theirs = stints(them);
  const both = sharedPlaces(mine.volunteered, theirs.volunteered).map((place) => ({
    place,
    bothVolunteered: true,
  }));
  const across = [
    ...sharedPlaces(mine.volunteered, theirs.worked),
    ...sharedPlaces(mine.worked, theirs.volunteered),
  ].map((place) => ({ place, bothVolunteered: false }));
  const seen = new Set(taken);
  const lines: CommonGround[] = [];
  for (const { place, bothVolunteered } of [...both, ...across]) {
    const key = organizationKey(place.theirs.org.name);
    if (seen.has(key)) continue;
    seen.add(key);
    const name = place.theirs.org.name.trim();
    const verb = bothVolunteered ? 'volunteered with' : 'been involved with';
    lines.push({
      kind: 'volunteering',
      label: `You have both ${verb} ${name}`,
      phrase: `we have both ${verb} ${name}`,
      mine: place.mine.org.name.trim(),
      theirs: name,
      strength: STRENGTH.volunteering,
    });
  }
  return lines;
}

/** Employers, schools and volunteering organisations both profiles list. */
export function sharedOrganizations(me: MyProfileLike, them: ProfileSnapshot, now: number): CommonGround[] {
  const worked = employers(me, them, now);
  const taken = new Set(worked.map((line) => organizationKey(line.theirs)));
  return [...worked, ...schools(me, them, now), ...volunteering(me, them, taken)];
}
