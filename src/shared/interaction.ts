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

export interface MeetingDetails {
  /** When the meeting starts (epoch ms). */
  startsAt: number;
  /** Planned length in minutes. */
  minutes: number;
  /** A place, or a channel such as "Zoom" or "phone". */
  where?: string;
}

export interface Interaction {
  id: string;
  contactUrl: string;
  kind: InteractionKind;
  /** When it happened (epoch ms). */
  at: number;
  note?: string;
  meeting?: MeetingDetails;
  /** For meeting-held: the meeting-scheduled it fulfils, whose planned end starts the thank-you clock. */
  scheduledId?: string;
  /** For referral-made: the person this contact suggested (and where they work, to know them again). */
  referral?: { name: string; url?: string; company?: string };
  /** Pieces of advice, one each, as captured in meeting mode: what the journal's themes are found in. */
  advice?: string[];
  /** For meeting-held: what the user marked to mention in the thank-you. */
  points?: string[];
}

export const FOLLOW_UP_KINDS = [
  'thank-you',
  'reply-nudge',
  'keep-posted',
  'check-in',
  'action-item',
  'thank-referrer',
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export type FollowUpStatus = 'open' | 'done' | 'dismissed';

/** Something the user owes a contact, by a date. */
export interface FollowUp {
  /** Deterministic for rule-made follow-ups (kind + contact + the interaction it comes from). */
  id: string;
  contactUrl: string;
  kind: FollowUpKind;
  dueAt: number;
  /** After this moment the follow-up is overdue (the thank-you's 24 hours). */
  overdueAt?: number;
  title?: string;
  status: FollowUpStatus;
  snoozedUntil?: number;
}

/**
 * What the user has decided about a follow-up: done, dismissed, snoozed, or an action item they wrote.
 * Rule-made follow-ups are recomputed from interactions; only these decisions are stored.
 */
export interface FollowUpRecord {
  id: string;
  contactUrl: string;
  kind: FollowUpKind;
  status: FollowUpStatus;
  snoozedUntil?: number;
  /** Only for action items: their own due date and text. */
  dueAt?: number;
  title?: string;
  /** Only for action items: the advice it acts on, so the keep-posted email can name it. */
  advice?: string;
  updatedAt: number;
}
