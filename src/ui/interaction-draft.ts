import { HOUR } from '../core/time-units';
import type { Interaction, InteractionKind } from '../shared/interaction';
import { canonicalProfileUrl } from '../shared/profile-url';
import type { NewInteraction } from '../shared/protocol';
import { absoluteTime } from './format';
import { dateTimeInputValue, parseDateTimeInput } from './local-time';

/** A logging form as the user is typing it: every field as text, so nothing typed is reflowed or lost. */
export interface InteractionDraft {
  at: string;
  note: string;
  meetingAt: string;
  minutes: string;
  where: string;
  referralName: string;
  referralUrl: string;
  /** The scheduled meeting a meeting-held fulfils, or '' for none. */
  scheduledId: string;
}

export type DraftField = keyof InteractionDraft;
export type Logged = Omit<NewInteraction, 'contactUrl' | 'kind'>;
export type DraftResult =
  | { ok: true; value: Logged }
  | { ok: false; problems: Partial<Record<DraftField, string>> };

const DEFAULT_MINUTES = 30;

/**
 * Meetings scheduled and not yet held, soonest first: what a "meeting held" may fulfil. A meeting-held
 * names the one it fulfils, so the thank-you clock starts at that meeting's planned end.
 */
export function pendingMeetings(interactions: readonly Interaction[]): Interaction[] {
  const held = new Set(interactions.map((i) => i.scheduledId).filter(Boolean));
  return interactions
    .filter((i) => i.kind === 'meeting-scheduled' && i.meeting && !held.has(i.id))
    .sort((a, b) => (a.meeting?.startsAt ?? 0) - (b.meeting?.startsAt ?? 0));
}

export function meetingChoiceLabel(i: Interaction): string {
  const m = i.meeting;
  if (!m) return 'A scheduled meeting';
  return `${absoluteTime(m.startsAt)}${m.where ? `, ${m.where}` : ''}`;
}

export function newDraft(
  kind: InteractionKind,
  now: number,
  pending: readonly Interaction[],
): InteractionDraft {
  // A meeting held most likely fulfils the latest one planned before now.
  const planned =
    kind === 'meeting-held' ? pending.filter((i) => (i.meeting?.startsAt ?? 0) <= now).at(-1) : undefined;
  return {
    at: dateTimeInputValue(now),
    note: '',
    // Tomorrow at the next whole hour: a fair first guess for a meeting being planned.
    meetingAt: dateTimeInputValue(Math.ceil((now + 24 * HOUR) / HOUR) * HOUR),
    minutes: String(DEFAULT_MINUTES),
    where: '',
    referralName: '',
    referralUrl: '',
    scheduledId: planned?.id ?? '',
  };
}

export function draftFrom(i: Interaction): InteractionDraft {
  return {
    at: dateTimeInputValue(i.at),
    note: i.note ?? '',
    meetingAt: i.meeting ? dateTimeInputValue(i.meeting.startsAt) : '',
    minutes: i.meeting ? String(i.meeting.minutes) : String(DEFAULT_MINUTES),
    where: i.meeting?.where ?? '',
    referralName: i.referral?.name ?? '',
    referralUrl: i.referral?.url ?? '',
    scheduledId: i.scheduledId ?? '',
  };
}

/** Which fields a kind's form asks for. */
export function fieldsFor(kind: InteractionKind, hasPending: boolean): DraftField[] {
  if (kind === 'meeting-scheduled') return ['meetingAt', 'minutes', 'where', 'note'];
  if (kind === 'meeting-held') return hasPending ? ['at', 'scheduledId', 'note'] : ['at', 'note'];
  if (kind === 'referral-made') return ['referralName', 'referralUrl', 'at', 'note'];
  return ['at', 'note'];
}

/**
 * Checks a draft against what the background accepts (shared/message-schemas.ts) and returns the
 * interaction's fields, or a problem for each field the user needs to fix. `keepAt` is the original
 * time of an edited meeting-scheduled, whose form does not ask when it was agreed.
 */
export function readDraft(
  kind: InteractionKind,
  draft: InteractionDraft,
  pending: readonly Interaction[],
  now: number,
  keepAt?: number,
): DraftResult {
  const problems: Partial<Record<DraftField, string>> = {};
  const fields = fieldsFor(kind, pending.length > 0);
  const value: Logged = { at: keepAt ?? now };
  if (fields.includes('at')) {
    const at = parseDateTimeInput(draft.at);
    if (at === undefined) problems.at = 'Enter a date and time.';
    else value.at = at;
  }
  const note = draft.note.trim();
  if (note.length > 20_000) problems.note = 'Keep the note under 20,000 characters.';
  else if (note) value.note = note;
  else if (kind === 'note') problems.note = 'Write the note.';
  if (kind === 'meeting-scheduled') {
    const startsAt = parseDateTimeInput(draft.meetingAt);
    const minutes = Number(draft.minutes);
    const where = draft.where.trim();
    if (startsAt === undefined) problems.meetingAt = 'Enter the date and time of the meeting.';
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60)
      problems.minutes = 'Length: a whole number of minutes, 1 to 1440.';
    if (where.length > 500) problems.where = 'Keep the place under 500 characters.';
    if (startsAt !== undefined) value.meeting = { startsAt, minutes, ...(where ? { where } : {}) };
  }
  if (kind === 'meeting-held' && draft.scheduledId) {
    if (pending.some((i) => i.id === draft.scheduledId)) value.scheduledId = draft.scheduledId;
  }
  if (kind === 'referral-made') {
    const name = draft.referralName.trim();
    const rawUrl = draft.referralUrl.trim();
    const url = rawUrl ? canonicalProfileUrl(rawUrl) : undefined;
    if (!name) problems.referralName = 'Who did they suggest? Enter a name.';
    else if (name.length > 300) problems.referralName = 'Keep the name under 300 characters.';
    if (rawUrl && !url)
      problems.referralUrl = 'Use a LinkedIn profile address (linkedin.com/in/…), or leave it empty.';
    value.referral = { name, ...(url ? { url } : {}) };
  }
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, value };
}
