/** A date as LinkedIn shows it: a year ("2019") or a year and month ("2019-04"). */
export type PartialDate = string;
/** An end date: a PartialDate, or "present" for a role or study that is still going on. */
export type EndDate = PartialDate | 'present';

export interface Position {
  title: string;
  company: string;
  location?: string;
  start?: PartialDate;
  end?: EndDate;
  description?: string;
  /** The company's LinkedIn page, when the page links it: the most reliable way to tell two employers apart. */
  companyUrl?: string;
}

export interface Education {
  school: string;
  degree?: string;
  field?: string;
  start?: PartialDate;
  end?: EndDate;
  schoolUrl?: string;
}

export interface Volunteering {
  role?: string;
  organization: string;
  cause?: string;
}

export interface Certification {
  name: string;
  issuer?: string;
}

/** What one capture of a profile returns. */
export interface ProfileSnapshot {
  /** Canonical profile URL: https://www.linkedin.com/in/<slug>/ */
  url: string;
  name: string;
  headline?: string;
  location?: string;
  about?: string;
  experience: Position[];
  education: Education[];
  skills: string[];
  languages: string[];
  volunteering: Volunteering[];
  certifications: Certification[];
}

/** How one section of a page was read: so a layout change shows as a warning, not as silent blanks. */
export type SectionStatus = 'read' | 'empty' | 'unreadable' | 'absent';

/**
 * What a LinkedIn tab shows: a profile, LinkedIn's "profile not available" or 404 page, the sign-in wall,
 * a private profile that shows only a name, or nothing Rapport recognises.
 */
export const PAGE_KINDS = ['profile', 'unavailable', 'not-found', 'sign-in', 'private', 'unknown'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export type ProfileSection =
  | 'name'
  | 'headline'
  | 'location'
  | 'about'
  | 'experience'
  | 'education'
  | 'skills'
  | 'languages'
  | 'volunteering'
  | 'certifications';

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

export interface CaptureReport {
  /** Which page layout the extractor recognised, e.g. "public-jsonld" or "logged-in-2024". */
  layout: string;
  /** What the page is; absent in reports saved before Rapport told pages apart. */
  page?: PageKind;
  sections: Partial<Record<ProfileSection, { status: SectionStatus; count?: number; note?: string }>>;
}

export const PROFILE_SECTIONS: readonly ProfileSection[] = [
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
];

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
