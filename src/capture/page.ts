/** Page detectors: pure functions of a URL, so the content script can decide what a page is before reading it. */
import { canonicalProfileUrl } from '../shared/profile-url';
import type { ListSection } from './selectors';

const DETAILS_PATH = /^\/in\/[^/]+\/details\/([a-z_-]+)/i;

/** The list sections of a profile, in page order. */
export const SECTIONS: readonly ListSection[] = [
  'experience',
  'education',
  'skills',
  'languages',
  'volunteering',
  'certifications',
];

/**
 * The section a LinkedIn name stands for, by its stem: "experience", "licenses-and-certifications",
 * "volunteering-experiences", "SKILLS"… The section it starts with wins over one it merely mentions.
 */
export function sectionNamed(name: string): ListSection | undefined {
  const lower = name.toLowerCase();
  const stem = (section: ListSection) => section.slice(0, 5);
  return SECTIONS.find((s) => lower.startsWith(stem(s))) ?? SECTIONS.find((s) => lower.includes(stem(s)));
}

function linkedInPath(url: string): string | undefined {
  if (!canonicalProfileUrl(url)) return undefined;
  return new URL(url).pathname;
}

/** The lower-cased public identifier of a profile URL ("ada-lovelace"), or undefined for any other URL. */
export function profileSlug(url: string): string | undefined {
  const canonical = canonicalProfileUrl(url);
  return canonical ? decodeURIComponent(canonical.slice(28, -1)) : undefined;
}

/** A member's main profile page (not one of its sub-pages such as /details/… or /recent-activity/). */
export function isMainProfilePage(url: string): boolean {
  const path = linkedInPath(url);
  // A locale suffix (/in/ada/de/) still shows the main page.
  return path !== undefined && /^\/in\/[^/]+\/?(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?$/i.test(path);
}

/** The section a /in/<slug>/details/<section>/ page lists in full, or undefined for any other page. */
export function detailsSection(url: string): ListSection | undefined {
  const path = linkedInPath(url);
  const name = path && DETAILS_PATH.exec(path)?.[1];
  return name ? sectionNamed(name) : undefined;
}

/** True where extractProfile has something to read: a main profile page or one of its details pages. */
export function isCapturablePage(url: string): boolean {
  return isMainProfilePage(url) || detailsSection(url) !== undefined;
}
