import type { InferOutput } from 'valibot';
import type { FollowUpRecordSchema, FollowUpSchema, InteractionSchema, MeetingSchema } from './schemas';

export const INTERACTION_KINDS = [
  'outreach-sent',
  'reply-received',
  'meeting-scheduled',
  'meeting-held',
  'thank-you-sent',
  'update-sent',
  'check-in',
  'referral-made',
  'note',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

// The shapes are the schemas' (schemas.ts): one source for a type and its check.
/** A meeting's start (epoch ms), planned length in minutes, and a place or channel ("Zoom", "phone"). */
export type MeetingDetails = InferOutput<typeof MeetingSchema>;

/**
 * Something that happened with a contact, at `at` (epoch ms). For meeting-held, `scheduledId` names the
 * meeting-scheduled it fulfils, whose planned end starts the thank-you clock; for referral-made,
 * `referral` is the person this contact suggested (and where they work, to know them again). `advice`
 * holds pieces of advice captured in meeting mode (what the journal's themes are found in), `points` what
 * the user marked to mention in the thank-you.
 */
export type Interaction = InferOutput<typeof InteractionSchema>;

export const FOLLOW_UP_KINDS = [
  'thank-you',
  'reply-nudge',
  'keep-posted',
  'check-in',
  'action-item',
  'thank-referrer',
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const FOLLOW_UP_STATUSES = ['open', 'done', 'dismissed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/**
 * Something the user owes a contact, by a date. The id is deterministic for rule-made follow-ups (kind,
 * contact and the interaction it comes from); after `overdueAt` it is overdue (the thank-you's 24 hours).
 */
export type FollowUp = InferOutput<typeof FollowUpSchema>;

/**
 * What the user has decided about a follow-up: done, dismissed, snoozed, or an action item they wrote.
 * Rule-made follow-ups are recomputed from interactions; only these decisions are stored.
 */
/** `dueAt` and `title` only for action items; `advice` the advice an action item acts on. */
export type FollowUpRecord = InferOutput<typeof FollowUpRecordSchema>;
