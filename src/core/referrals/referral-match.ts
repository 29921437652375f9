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

/** "Dana  Lee" and "dana lee" and "Dána Lee" are one name; middle names and titles are not guessed. */
function sameName(a: string, b: string): boolean {
  const x = foldedWords(a).join(' ');
  return x.length > 0 && x === foldedWords(b).join(' ');
}

/**
 * Whether a captured profile is the person someone suggested: the same name, and, when a company was
 * given, a role at that company (now or before) or the company in the headline.
 */
export function matchesReferral(
  referral: { name: string; company?: string },
  profile: ProfileSnapshot,
): boolean {
  if (!sameName(referral.name, profile.name)) return false;
  const company = referral.company?.trim();
  if (!company) return true;
  if (
    profile.experience.some(
      (p) =>
        p.company &&
        sameOrganization(
          { name: company },
          { name: p.company, ...(p.companyUrl ? { url: p.companyUrl } : {}) },
        ),
    )
  )
    return true;
  const headline = ` ${foldedWords(profile.headline ?? '').join(' ')} `;
  return headline.includes(` ${foldedWords(company).join(' ')} `);
}
