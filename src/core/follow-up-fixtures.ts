import type { FollowUpRecord, Interaction, InteractionKind, MeetingDetails } from '../shared/interaction';
import type { FollowUpSettings } from '../shared/settings';
import type { LinkedInteraction } from './interaction-order';

/** Shared by the core tests: fixed clocks and terse interaction builders. */
export const URL_A = 'https://www.linkedin.com/in/ada/';
export const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);

export const SETTINGS: FollowUpSettings = {
  thankYouHours: 24,
  replyNudgeDays: 7,
  maxReplyNudges: 2,
  keepPostedWeeks: 4,
  checkInDays: 90,
};

export function ix(
  id: string,
  kind: InteractionKind,
  at: number,
  extra: { meeting?: MeetingDetails; scheduledId?: string; note?: string } = {},
): LinkedInteraction {
  const i: Interaction & { scheduledId?: string } = { id, contactUrl: URL_A, kind, at };
  if (extra.meeting) i.meeting = extra.meeting;
  if (extra.scheduledId) i.scheduledId = extra.scheduledId;
  if (extra.note) i.note = extra.note;
  return i;
}

export function rec(
  id: string,
  status: FollowUpRecord['status'],
  updatedAt: number,
  extra: Partial<FollowUpRecord> = {},
): FollowUpRecord {
  const kind = (id.split(':')[0] ?? 'action-item') as FollowUpRecord['kind'];
  return { id, contactUrl: URL_A, kind, status, updatedAt, ...extra };
}
