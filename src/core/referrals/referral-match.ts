import type { ProfileSnapshot } from '../../shared/profile';
import { foldedWords } from '../names/fold-text';
import { sameOrganization } from '../names/org-names';

/**
 * A person suggested by name alone has no profile address yet, so they are filed under a LinkedIn
 * people search for their name and company: a link that finds them, and a key no real profile has.
 * Capturing their profile later moves them to its address.
 */
const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=';

export function referralPlaceholderUrl(name: string, company?: string): string {
  const keywords = [name, company]
    .map((w) => w?.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
  // Encoded as URLSearchParams does, so the address is already in the form contact keys take.
  return `${SEARCH}${new URLSearchParams({ keywords }).toString().slice('keywords='.length)}`;
}

export function isReferralPlaceholder(url: string): boolean {
  return url.startsWith(SEARCH);
}

/** Titles before a name that say nothing about who it is: "Dr. Dana Lee" is Dana Lee. */
const HONORIFICS = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame']);

/**
 * A name as a key for "the same person": folded (case, accents), with what a profile adds around a
 * name set aside: brackets ("Dana (DJ) Lee"), credentials after a comma ("Dana Lee, PhD"), emoji and a
 * leading title. Middle names are not guessed: "Dana M. Lee" is not "Dana Lee".
 */
export function referralNameKey(name: string): string {
  const words = foldedWords((name.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').split(',')[0] ?? '').trim());
  while (words.length > 1 && HONORIFICS.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

function sameName(a: string, b: string): boolean {
  const x = referralNameKey(a);
  return x.length > 0 && x === referralNameKey(b);
}

/** Whether `inner`'s words appear, in order and whole, inside `outer`'s: "Stripe" in "Stripe Payments Europe". */
function containsWords(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  const text = ` ${outer.join(' ')} `;
  return text.includes(` ${inner.join(' ')} `);
}

/**
 * Whether the employer a profile names is the company someone was suggested at: the same organisation
 * (legal forms, aliases and LinkedIn links decide, as everywhere in Rapport), or one name's words whole
 * inside the other's ("Stripe" and "Stripe Payments Europe"), in folded text.
 */
function sameCompany(given: string, employer: { name: string; url?: string }): boolean {
  if (sameOrganization({ name: given }, employer)) return true;
  const a = foldedWords(given);
  const b = foldedWords(employer.name);
  return containsWords(b, a) || containsWords(a, b);
}

/** Where a profile says the person works or worked: every employer in the experience, now or before. */
function employers(profile: ProfileSnapshot): { name: string; url?: string }[] {
  return profile.experience
    .filter((p) => p.company.trim())
    .map((p) => ({ name: p.company, ...(p.companyUrl ? { url: p.companyUrl } : {}) }));
}

/**
 * How well a captured profile fits someone suggested by name: `company` when the name is theirs and the
 * company given is where they work or worked (any role in their experience, or the company their
 * headline names: where they are now); `name` when no company was given and the name is theirs.
 * A company given and not found is no match, however alike the names: two Dana Lees stay two people.
 */
export function referralMatch(
  referral: { name: string; company?: string },
  profile: ProfileSnapshot,
): 'company' | 'name' | undefined {
  if (!sameName(referral.name, profile.name)) return undefined;
  const company = referral.company?.trim();
  if (!company || foldedWords(company).length === 0) return 'name';
  if (employers(profile).some((employer) => sameCompany(company, employer))) return 'company';
  return containsWords(foldedWords(profile.headline ?? ''), foldedWords(company)) ? 'company' : undefined;
}

export function matchesReferral(
  referral: { name: string; company?: string },
  profile: ProfileSnapshot,
): boolean {
  return referralMatch(referral, profile) !== undefined;
}

/**
 * Of the people suggested by name, the one a captured profile is: one suggested at a company the profile
 * shows before one suggested by name alone, so "Dana Lee at Stripe" wins over a plain "Dana Lee".
 */
export function pickSuggestedPerson<T>(
  candidates: readonly T[],
  referralOf: (candidate: T) => { name: string; company?: string },
  profile: ProfileSnapshot,
): T | undefined {
  let byName: T | undefined;
  for (const candidate of candidates) {
    const match = referralMatch(referralOf(candidate), profile);
    if (match === 'company') return candidate;
    if (match === 'name') byName ??= candidate;
  }
  return byName;
}

/**
 * Whether two suggestions name one person: the same name and the same company (or neither gave one),
 * so being told about "Dana Lee at Stripe" twice, in other words, keeps one Dana.
 */
export function sameSuggestion(
  a: { name: string; company?: string },
  b: { name: string; company?: string },
): boolean {
  if (!sameName(a.name, b.name)) return false;
  const x = a.company?.trim() ?? '';
  const y = b.company?.trim() ?? '';
  if (!x || !y) return !x && !y;
  return sameOrganization({ name: x }, { name: y });
}
