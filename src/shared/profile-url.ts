import { LIST_SECTIONS, type ListSection } from './profile';

const PROFILE_PATH = /^\/in\/([^/]+)/i;

/**
 * The one URL that names a person: https://www.linkedin.com/in/<slug>/ with the slug lower-cased and
 * percent-encoding normalised, whatever country host, locale, sub-page, query or hash the page had.
 * Returns undefined for anything that is not a LinkedIn member profile.
 */
export function canonicalProfileUrl(input: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  const host = url.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return undefined;
  const match = PROFILE_PATH.exec(url.pathname);
  if (!match?.[1]) return undefined;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    slug = match[1];
  }
  slug = slug.normalize('NFC').trim().toLowerCase();
  if (!slug) return undefined;
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

/** True for a LinkedIn member profile URL, including its sub-pages (/details/experience/ …). */
export function isProfileUrl(input: string): boolean {
  return canonicalProfileUrl(input) !== undefined;
}

const DETAILS_PATH = /^\/in\/[^/]+\/details\/([a-z_-]+)/i;

/**
 * The section a LinkedIn name stands for, by its stem: "experience", "licenses-and-certifications",
 * "volunteering-experiences", "SKILLS"… The section it starts with wins over one it merely mentions.
 */
export function sectionNamed(name: string): ListSection | undefined {
  const lower = name.toLowerCase();
  const stem = (section: ListSection) => section.slice(0, 5);
  return (
    LIST_SECTIONS.find((s) => lower.startsWith(stem(s))) ?? LIST_SECTIONS.find((s) => lower.includes(stem(s)))
  );
}

/** The section a /in/<slug>/details/<section>/ page lists in full, or undefined for any other page. */
export function detailsSection(input: string): ListSection | undefined {
  if (!isProfileUrl(input)) return undefined;
  const name = DETAILS_PATH.exec(new URL(input).pathname)?.[1];
  return name ? sectionNamed(name) : undefined;
}

const TRACKING_PARAM = /^(utm_|fbclid$|gclid$|mc_|ref$|trk)/i;

/**
 * The key a person is filed under: their canonical LinkedIn profile URL, or for someone saved from
 * another site, that page's address without fragment and tracking parameters.
 */
export function contactKey(input: string): string | undefined {
  const linkedIn = canonicalProfileUrl(input);
  if (linkedIn) return linkedIn;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  url.search = url.searchParams.toString();
  return url.toString();
}
