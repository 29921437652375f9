import { computeFollowUps, type FollowUpInput } from '../../src/core/follow-ups/follow-ups';
import type { LinkedInteraction } from '../../src/core/follow-ups/interaction-order';
import type {
  FollowUp,
  FollowUpRecord,
  Interaction,
  InteractionKind,
  MeetingDetails,
} from '../../src/shared/interaction';
import type { FollowUpSettings } from '../../src/shared/settings';

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

export const URL_B = 'https://www.linkedin.com/in/bo/';

export function run(
  interactions: LinkedInteraction[],
  records: FollowUpRecord[] = [],
  extra: Omit<Partial<FollowUpInput>, 'settings'> & { settings?: Partial<FollowUpSettings> } = {},
): FollowUp[] {
  return computeFollowUps({
    contact: { url: URL_A },
    interactions,
    records,
    now: T0,
    ...extra,
    settings: { ...SETTINGS, ...extra.settings },
  });
}

/** [id without the contact part, due offset from T0, overdue offset]: compact enough for tables. */
export type Row = [string, number] | [string, number, number];
export function rows(followUps: FollowUp[]): Row[] {
  return followUps.map((f) => {
    const id = f.id.replace(`:${URL_A}:`, ':');
    return f.overdueAt === undefined ? [id, f.dueAt - T0] : [id, f.dueAt - T0, f.overdueAt - T0];
  });
}

export const meeting = (startsAt: number, minutes: number) => ({ meeting: { startsAt, minutes } });
