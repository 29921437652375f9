/** One question on the meeting's agenda: ticked off when asked, with what they answered. */
export interface AgendaItem {
  id: string;
  text: string;
  done: boolean;
  note: string;
  /** Mention this in the thank-you. */
  marked?: boolean;
}

/** Something caught with one key during the meeting. */
export type MeetingCapture =
  | { id: string; kind: 'advice'; text: string; marked?: boolean }
  | { id: string; kind: 'action'; text: string; dueAt?: number }
  | { id: string; kind: 'referral'; name: string; company?: string; url?: string };

/**
 * The meeting under way, kept in the database (meta key "meeting") as it changes, so closing the popup
 * or stopping the worker loses nothing. The clock is worked out from `startedAt`, never counted.
 */
export interface MeetingState {
  contactUrl: string;
  contactName: string;
  startedAt: number;
  /** The agreed length. */
  minutes: number;
  /** A sound at 5 minutes left and at the end; off unless the user turns it on. */
  sound: boolean;
  agenda: AgendaItem[];
  notes: string;
  captured: MeetingCapture[];
}

export const MEETING_LENGTHS = [15, 20, 30] as const;
