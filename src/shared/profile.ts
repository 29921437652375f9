import type { InferOutput } from 'valibot';
import type { CaptureReportSchema, EducationSchema, PositionSchema, ProfileSnapshotSchema } from './schemas';

/** A date as LinkedIn shows it: a year ("2019") or a year and month ("2019-04"). */
export type PartialDate = string;
/** An end date: a PartialDate, or "present" for a role or study that is still going on. */
export type EndDate = PartialDate | 'present';

// The shapes are the schemas' (schemas.ts), so a type and its check can never drift apart; `import type`
// keeps valibot out of the content script, which uses these types.
export type Position = InferOutput<typeof PositionSchema>;
export type Education = InferOutput<typeof EducationSchema>;
export type Volunteering = ProfileSnapshot['volunteering'][number];
export type Certification = ProfileSnapshot['certifications'][number];
/** What one capture of a profile returns; `url` is the canonical profile URL. */
export type ProfileSnapshot = InferOutput<typeof ProfileSnapshotSchema>;

/** How one section of a page was read: so a layout change shows as a warning, not as silent blanks. */
export const SECTION_STATUSES = ['read', 'empty', 'unreadable', 'absent'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

export const PROFILE_SECTIONS = [
  'name',
  'headline',
  'location',
  'about',
  'experience',
  'education',
  'skills',
  'languages',
  'volunteering',
  'certifications',
] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

/**
 * What a LinkedIn tab shows: a profile, LinkedIn's "profile not available" or 404 page, the sign-in wall,
 * a private profile that shows only a name, or nothing Rapport recognises.
 */
export const PAGE_KINDS = ['profile', 'unavailable', 'not-found', 'sign-in', 'private', 'unknown'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The sections that are lists of items, in page order. */
export const LIST_SECTIONS = [
  'experience',
  'education',
  'skills',
  'languages',
  'volunteering',
  'certifications',
] as const;
export type ListSection = (typeof LIST_SECTIONS)[number];

/**
 * What a capture read; `layout` is the page layout the extractor recognised, e.g. "public-jsonld";
 * `page` what the page is (absent in reports saved before Rapport told pages apart).
 */
export type CaptureReport = InferOutput<typeof CaptureReportSchema>;

export function emptyProfile(url: string, name: string): ProfileSnapshot {
  return {
    url,
    name,
    experience: [],
    education: [],
    skills: [],
    languages: [],
    volunteering: [],
    certifications: [],
  };
}
