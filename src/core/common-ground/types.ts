import type { ProfileSnapshot } from '../../shared/profile';
import type { MyProfile } from '../../shared/settings';
import type { Overlap } from '../profile/periods';

export const COMMON_GROUND_KINDS = [
  'employer',
  'school',
  'transition',
  'referrer',
  'volunteering',
  'certification',
  'field-of-study',
  'location',
  'language',
  'skill',
] as const;
export type CommonGroundKind = (typeof COMMON_GROUND_KINDS)[number];

/** One thing the user shares with the person they are reading about. */
export interface CommonGround {
  kind: CommonGroundKind;
  /** A sentence for the user: "You were both at Northwind Health in 2018–2019". */
  label: string;
  /** The same fact as the user would write it to them: "we were both at Northwind Health in 2018–2019". */
  phrase: string;
  /** The shared thing as the user's profile names it ("Facebook"). */
  mine: string;
  /** The shared thing as their profile names it ("Meta"). */
  theirs: string;
  /** When both were at one employer or school at the same time. */
  overlap?: Overlap;
  /** 0–100; higher is more specific and more worth mentioning. Only the order is meaningful. */
  strength: number;
}

export interface CommonGroundContext {
  /** The person who suggested the contact. */
  referrer?: { name: string; url?: string };
  /** "Now", for roles that end in "present"; Date.now() when absent. */
  now?: number;
}

/**
 * How strong each kind of common ground is. Being somewhere at the same time beats everything, a
 * shared place at different times comes next, and what millions of profiles share (English,
 * "Communication") comes last.
 */
export const STRENGTH = {
  employerOverlap: 90,
  schoolOverlap: 86,
  referrer: 84,
  transition: 80,
  employer: 70,
  school: 66,
  volunteering: 58,
  certification: 50,
  transitionInto: 46,
  fieldOfStudy: 40,
  location: 36,
  language: 30,
  skill: 26,
  pastLocation: 22,
  cause: 18,
  everydaySkill: 8,
  english: 3,
} as const;

/** Anything that can stand for the user: a captured profile of theirs, or the profile in settings. */
export type MyProfileLike = ProfileSnapshot | MyProfile;
