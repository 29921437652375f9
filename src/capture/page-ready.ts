import type { CaptureReport, ProfileSnapshot } from '../shared/profile';
import { ownerOfOwnLinks } from './owner';

export interface Reading {
  profile: ProfileSnapshot;
  report: CaptureReport;
}

/**
 * Whether a reading is of `owner`'s page rather than a page LinkedIn has not finished replacing. After an
 * in-page navigation the address changes before the page does, so a reading must show a name and, where
 * the page links its owner's own sub-pages, those links must name `owner`. When they do not exist, a
 * name equal to the person captured just before is not proof of a change, so it is not ready.
 */
export function isOwnersPage(
  doc: ParentNode,
  reading: Reading,
  owner: string,
  previous: { url: string; name: string } | undefined,
): boolean {
  if (!reading.profile.name || reading.profile.url !== owner) return false;
  const shownOwner = ownerOfOwnLinks(doc);
  if (shownOwner) return shownOwner === owner;
  return !previous || previous.url === owner || reading.profile.name !== previous.name;
}

/** A fingerprint of what a reading holds, to tell when the page has stopped filling in. */
export function readingShape(reading: Reading): string {
  const { profile } = reading;
  return [
    profile.name,
    profile.headline ?? '',
    profile.experience.length,
    profile.education.length,
    profile.skills.length,
    profile.languages.length,
    profile.volunteering.length,
    profile.certifications.length,
  ].join('|');
}
