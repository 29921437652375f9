import type { FollowUp } from './interaction';
import type { CaptureReport, ProfileSnapshot } from './profile';

/** Where a contact stands, derived from their interactions (see core/stage.ts); never set by hand. */
export type Stage = 'to-contact' | 'asked' | 'scheduled' | 'met' | 'thanked' | 'in-touch';

export const STAGES: readonly Stage[] = ['to-contact', 'asked', 'scheduled', 'met', 'thanked', 'in-touch'];

/** One person, keyed by canonical profile URL. */
export interface Contact {
  url: string;
  name: string;
  /** The latest capture. Earlier ones are kept in the snapshots table. */
  profile: ProfileSnapshot;
  /** What the last capture could and could not read, shown in the popup. */
  lastReport?: CaptureReport;
  firstSavedAt: number;
  /** When the profile was last captured. */
  capturedAt: number;
  /** When anything about the contact last changed. */
  updatedAt: number;
  /**
   * Materialised from interactions by the one function that writes them, in the same transaction,
   * so the database can index it. Never edited directly.
   */
  stage: Stage;
  /** Materialised like `stage`: the earliest open follow-up, for the "by next due date" index. */
  nextDueAt?: number;
  /**
   * Materialised like `stage`: the open follow-ups the rules give for this contact. Every due time is
   * absolute, so the list stays right until the contact's interactions, decisions or the settings change,
   * which is when it is recomputed; the due list then reads only the contacts the index says are due.
   */
  followUps: FollowUp[];
  /** What the user prepared for this person: arranged questions and the email they are writing. */
  prep?: ContactPrep;
  tags: string[];
  email?: string;
  /** Who suggested this person: another contact's URL, or a free-text name. */
  referredBy?: { name: string; url?: string };
  /** Per-contact check-in cadence in days; the settings' default applies when absent. */
  checkInDays?: number;
  /** Job or title changes seen between captures, newest last. */
  jobChanges: JobChange[];
}

export interface JobChange {
  at: number;
  from?: { title?: string; company?: string };
  to: { title?: string; company?: string };
}

/** One stored capture of a contact's profile, with what changed since the previous one. */
export interface SnapshotRecord {
  id?: number;
  contactUrl: string;
  capturedAt: number;
  profile: ProfileSnapshot;
  changes: string[];
}

/** How the user arranged the suggested questions for one person (ids are the suggestions' stable ids). */
export interface QuestionArrangement {
  pinned: string[];
  edited: Record<string, string>;
  order: string[];
  added: { id: string; text: string }[];
  hidden: string[];
}

export interface EmailDraft {
  templateId: string;
  subject: string;
  body: string;
  updatedAt: number;
}

/**
 * The LinkedIn note and message as the user edited them. The popup closes as soon as they click
 * into LinkedIn to paste, so what they typed is kept; an empty text means "fill from the template".
 */
export interface LinkedInDrafts {
  note: string;
  message: string;
  updatedAt: number;
}

export interface ContactPrep {
  questions?: QuestionArrangement;
  /** The draft being written, kept so nothing typed is lost when the popup closes. */
  draft?: EmailDraft;
  linkedIn?: LinkedInDrafts;
}
