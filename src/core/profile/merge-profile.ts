import {
  type CaptureReport,
  LIST_SECTIONS,
  type ListSection,
  type ProfileSection,
  type ProfileSnapshot,
} from '../../shared/profile';
import { foldedKey } from '../names/fold-text';

type ScalarSection = 'headline' | 'location' | 'about';

/** How two captures recognise the same item in a list. */
export const ITEM_KEYS: { [S in ListSection]: (item: ProfileSnapshot[S][number]) => string } = {
  experience: (p) => `${foldedKey(p.title)}@${foldedKey(p.company)}`,
  education: (e) => foldedKey(e.school),
  skills: (s) => foldedKey(s),
  languages: (l) => foldedKey(l).replace(/\s*\(.*\)$/, ''),
  volunteering: (v) => `${foldedKey(v.role)}@${foldedKey(v.organization)}`,
  certifications: (c) => foldedKey(c.name),
};

const SCALAR_SECTIONS: ScalarSection[] = ['headline', 'location', 'about'];

function mergeList<T>(previous: T[], next: T[], key: (item: T) => string): T[] {
  const seen = new Set(next.map(key));
  return [...next, ...previous.filter((item) => !seen.has(key(item)))];
}

function wasRead(report: CaptureReport, section: ProfileSection): boolean {
  return report.sections[section]?.status === 'read';
}

/**
 * Folds a new capture into what Rapport already knows, so no capture ever loses data:
 * a section the page did not show (or could not be read) keeps its earlier value; a main profile page shows
 * only the first few items of a list, so earlier items it did not show are kept after the ones it did;
 * a details page lists its section in full, so it replaces that section.
 */
export function mergeProfile(
  previous: ProfileSnapshot | undefined,
  next: ProfileSnapshot,
  report: CaptureReport,
  completeSection?: string,
): ProfileSnapshot {
  if (!previous) return next;
  const merged: ProfileSnapshot = { ...previous, url: next.url, name: next.name || previous.name };
  for (const section of SCALAR_SECTIONS) {
    if (wasRead(report, section) && next[section]) merged[section] = next[section];
  }
  for (const section of LIST_SECTIONS) {
    if (!wasRead(report, section)) continue;
    const key = ITEM_KEYS[section] as (item: unknown) => string;
    const combined =
      section === completeSection ? next[section] : mergeList<unknown>(previous[section], next[section], key);
    (merged as unknown as Record<ListSection, unknown[]>)[section] = combined;
  }
  return merged;
}
