import type { JobChange } from '../../shared/contact';
import type { Position, ProfileSnapshot } from '../../shared/profile';
import { foldedKey } from '../names/fold-text';
import { ITEM_KEYS } from './merge-profile';

/** The role a person holds now: the first one still going on, else the first listed without an end. */
export function currentPosition(profile: ProfileSnapshot): Position | undefined {
  return (
    profile.experience.find((p) => p.end === 'present') ?? profile.experience.find((p) => p.end === undefined)
  );
}

const same = (a: string | undefined, b: string | undefined) => foldedKey(a) === foldedKey(b);

/** A new employer or title between two captures; undefined when the current role is unchanged or unknown. */
export function detectJobChange(
  previous: ProfileSnapshot,
  next: ProfileSnapshot,
  at: number,
): JobChange | undefined {
  const before = currentPosition(previous);
  const after = currentPosition(next);
  if (!after || (before && same(before.title, after.title) && same(before.company, after.company)))
    return undefined;
  if (!before && previous.experience.length === 0) return undefined;
  return {
    at,
    ...(before ? { from: { title: before.title, company: before.company } } : {}),
    to: { title: after.title, company: after.company },
  };
}

const roleLabel = (p: Position) => [p.title, p.company].filter(Boolean).join(' at ');

/** What a person would notice between two captures, in words. */
export function describeChanges(previous: ProfileSnapshot, next: ProfileSnapshot): string[] {
  const changes: string[] = [];
  if (!same(previous.name, next.name)) changes.push(`Name changed to ${next.name}`);
  if (next.headline && !same(previous.headline, next.headline))
    changes.push(`New headline: ${next.headline}`);
  if (next.location && !same(previous.location, next.location)) changes.push(`Moved to ${next.location}`);
  const known = new Set(previous.experience.map(ITEM_KEYS.experience));
  for (const role of next.experience) {
    if (!known.has(ITEM_KEYS.experience(role))) changes.push(`New role: ${roleLabel(role)}`);
  }
  const schools = new Set(previous.education.map(ITEM_KEYS.education));
  for (const school of next.education) {
    if (!schools.has(ITEM_KEYS.education(school))) changes.push(`New education: ${school.school}`);
  }
  const skills = new Set(previous.skills.map(ITEM_KEYS.skills));
  const newSkills = next.skills.filter((s) => !skills.has(ITEM_KEYS.skills(s)));
  if (newSkills.length) changes.push(`New skills: ${newSkills.join(', ')}`);
  return changes;
}
