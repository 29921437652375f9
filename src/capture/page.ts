/** Page detectors: pure functions of a URL, so the content script can decide what a page is before reading it. */
import { LIST_SECTIONS } from '../shared/profile';
import { canonicalProfileUrl, detailsSection, sectionNamed } from '../shared/profile-url';

/** The list sections of a profile, in page order. */
export const SECTIONS = LIST_SECTIONS;
export { detailsSection, sectionNamed };

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

/** True where extractProfile has something to read: a main profile page or one of its details pages. */
export function isCapturablePage(url: string): boolean {
  return isMainProfilePage(url) || detailsSection(url) !== undefined;
}
