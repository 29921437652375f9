import { foldedWords } from './fold-text';
import { linkedInOrganizationId, type OrgRef, sameOrganization } from './org-names';

/** Words that make a name a school's, so that a bare "Michigan" is never taken for a university. */
const INSTITUTION_WORDS = new Set([
  'university',
  'college',
  'institute',
  'polytechnic',
  'school',
  'academy',
  'universidad',
  'universidade',
  'universite',
  'universitat',
  'universita',
  'universiteit',
  'hochschule',
  'fachhochschule',
]);

/** Words that open a division's name at the end of a school's: "… Graduate School of Business". */
const DIVISION_OPENERS = /^(?:(?:graduate\s+)?school|college|faculty|department)\s+of\s+\S/;
/** A division named by its subject: "Harvard Business School", "Yale Law School". */
const SUBJECT_DIVISION =
  /\s(?:business|law|medical|management|engineering|graduate|divinity|dental|nursing|extension)\s+school$/;

function words(name: string): string[] {
  const all = foldedWords(name).map((word) => (word === 'univ' || word === 'uni' ? 'university' : word));
  if (all[0] === 'the') all.shift();
  return all;
}

function isInstitution(name: readonly string[]): boolean {
  return name.length >= 2 && name.some((word) => INSTITUTION_WORDS.has(word));
}

/** "university of michigan college of engineering" → "university of michigan"; undefined if no division. */
function withoutDivision(name: readonly string[]): string | undefined {
  const text = name.join(' ');
  const subject = SUBJECT_DIVISION.exec(text);
  if (subject) return text.slice(0, subject.index);
  for (let at = 1; at < name.length - 2; at++) {
    if (DIVISION_OPENERS.test(name.slice(at).join(' '))) return name.slice(0, at).join(' ');
  }
  return undefined;
}

/** Whether one name is the other with a campus or division after it: "University of Michigan - Ann Arbor". */
function isPrefix(short: readonly string[], long: readonly string[]): boolean {
  return isInstitution(short) && short.length < long.length && short.every((word, i) => long[i] === word);
}

/** "harvard university" and "harvard business school" share "harvard". */
function sameCore(division: string, whole: readonly string[]): boolean {
  const text = whole.join(' ');
  if (division === text) return true;
  return whole.at(-1) === 'university' && whole.length >= 2 && division === whole.slice(0, -1).join(' ');
}

/**
 * Which of two school names is the broader when they name one school, one of them with a campus or a
 * division after it ("University of Michigan" and "University of Michigan - Ann Arbor", "Stanford
 * University" and "Stanford Graduate School of Business"): 'same' for one name, 'a' or 'b' for the
 * broader. Two different campuses or divisions are different schools, so "University of California,
 * Berkeley" and "University of California, Los Angeles" give undefined, as do two different names.
 */
export function schoolMatch(a: OrgRef, b: OrgRef): 'same' | 'a' | 'b' | undefined {
  if (sameOrganization(a, b)) return 'same';
  const idA = linkedInOrganizationId(a.url);
  const idB = linkedInOrganizationId(b.url);
  if (idA && idB && /^\d+$/.test(idA) === /^\d+$/.test(idB)) return undefined;
  const wordsA = words(a.name);
  const wordsB = words(b.name);
  if (isPrefix(wordsA, wordsB)) return 'a';
  if (isPrefix(wordsB, wordsA)) return 'b';
  const divisionA = withoutDivision(wordsA);
  const divisionB = withoutDivision(wordsB);
  if (divisionA && !divisionB && sameCore(divisionA, wordsB) && isInstitution(wordsB)) return 'b';
  if (divisionB && !divisionA && sameCore(divisionB, wordsA) && isInstitution(wordsA)) return 'a';
  return undefined;
}

export function sameSchool(a: OrgRef, b: OrgRef): boolean {
  return schoolMatch(a, b) !== undefined;
}
