import type { ProfileSnapshot } from '../../shared/profile';
import { foldText } from '../names/fold-text';
import { currentPosition } from '../profile/profile-facts';

/**
 * Questions their profile already answers, each with the fact that answers it. Asking one tells the
 * person you did not read their profile, which is the opposite of what an informational interview
 * is for.
 */
const ANSWERED_BY: readonly [RegExp, (profile: ProfileSnapshot) => boolean][] = [
  [
    /\b(where did you (study|go to (school|college|university))|what did you (study|major in)|which (university|college|school) did you|what (was|is) your (degree|major)|what degree)\b/,
    (profile) => profile.education.length > 0,
  ],
  [
    /^(so,? )?(what do you do|what do you do (now|for (a )?(living|work))|where do you (currently )?work|who do you work for|what is your (current )?(job|role|title|position|job title)|what's your (current )?(job|role|title|position|job title)|which company do you work (at|for))\s*\??$/,
    (profile) => currentPosition(profile) !== undefined,
  ],
  [
    /\b(how long have you (been|worked) (at|with|in|for)|when did you (start|join))\b/,
    (profile) => currentPosition(profile)?.start !== undefined,
  ],
  [/\b(what|which) languages do you speak\b|\bdo you speak\b/, (profile) => profile.languages.length > 0],
  [
    /\b(where are you (currently )?(based|located|living)|where do you live)\b/,
    (profile) => Boolean(profile.location?.trim()),
  ],
  [/\bwhat skills do you have\b/, (profile) => profile.skills.length > 0],
  [/\bwhat certifications do you (have|hold)\b/, (profile) => profile.certifications.length > 0],
  [/\bdo you (do any )?volunteer\b/, (profile) => profile.volunteering.length > 0],
  [
    /\bwhere did you work before\b|\bwhat was your (first|previous) job\b/,
    (profile) => profile.experience.length > 1,
  ],
];

/** True when the question asks for something their profile already shows. */
export function isAnswerableFromProfile(question: string, profile: ProfileSnapshot): boolean {
  const text = foldText(question).replace(/’/g, "'").replace(/\s+/g, ' ').trim();
  return ANSWERED_BY.some(([pattern, answered]) => pattern.test(text) && answered(profile));
}
