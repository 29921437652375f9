import type { InferOutput } from 'valibot';
import type {
  ContactPrepSchema,
  ContactSchema,
  QuestionArrangementSchema,
  SnapshotRecordSchema,
} from './schemas';

/** Where a contact stands, derived from their interactions (see core/stage.ts); never set by hand. */
export const STAGES = ['to-contact', 'asked', 'scheduled', 'met', 'thanked', 'in-touch'] as const;
export type Stage = (typeof STAGES)[number];

// The shapes are the schemas' (schemas.ts): one source for a type and its check.

/**
 * One person, keyed by canonical profile URL. `profile` is the latest capture (earlier ones are in the
 * snapshots table); `lastReport` what it could and could not read. `stage`, `nextDueAt` and `followUps`
 * are materialised from the interactions by the one function that writes them, in the same transaction,
 * so the database can index them; every due time is absolute, so the list stays right until the
 * interactions, decisions or settings change, which is when it is recomputed. `checkInDays` overrides the
 * settings' cadence; `jobChanges` are the job or title changes seen between captures, newest last. `sameAs`, for a person
 * saved from another site whose page names a LinkedIn profile already captured, is that contact's URL:
 * kept apart so the other site never overwrites the LinkedIn capture until the user merges the two.
 */
export type Contact = InferOutput<typeof ContactSchema>;
export type JobChange = Contact['jobChanges'][number];

/** One stored capture of a contact's profile, with what changed since the previous one. */
export type SnapshotRecord = InferOutput<typeof SnapshotRecordSchema>;

/** How the user arranged the suggested questions for one person (ids are the suggestions' stable ids). */
export type QuestionArrangement = InferOutput<typeof QuestionArrangementSchema>;

/** What the user prepared for a person: arranged questions and the email draft they are writing. */
export type ContactPrep = InferOutput<typeof ContactPrepSchema>;
export type EmailDraft = NonNullable<ContactPrep['draft']>;
/**
 * The LinkedIn note and message as the user edited them. The popup closes as soon as they click
 * into LinkedIn to paste, so what they typed is kept; an empty text means "fill from the template".
 */
export type LinkedInDrafts = NonNullable<ContactPrep['linkedIn']>;
