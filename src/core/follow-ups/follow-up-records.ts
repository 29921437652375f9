import type { FollowUp, FollowUpRecord, FollowUpStatus } from '../../shared/interaction';
import { DAY, WEEK } from '../time-units';
import { followUpId } from './address-key';

/**
 * The user's decisions are stored as FollowUpRecords keyed by the follow-up's deterministic id, so every
 * recompute finds them again. For an action item the record is the item itself, so each decision keeps
 * its due date and text.
 */
function record(
  followUp: FollowUp,
  status: FollowUpStatus,
  now: number,
  snoozedUntil?: number,
): FollowUpRecord {
  const out: FollowUpRecord = {
    id: followUp.id,
    contactUrl: followUp.contactUrl,
    kind: followUp.kind,
    status,
    updatedAt: now,
  };
  if (snoozedUntil !== undefined) out.snoozedUntil = snoozedUntil;
  if (followUp.kind === 'action-item') {
    out.dueAt = followUp.dueAt;
    if (followUp.title !== undefined) out.title = followUp.title;
  }
  return out;
}

export type SnoozePreset = '1d' | '1w' | { date: number };

/** A snooze never ends in the past: a date already gone means "not now", i.e. no snooze at all. */
export function snoozeUntil(preset: SnoozePreset, now: number): number {
  if (preset === '1d') return now + DAY;
  if (preset === '1w') return now + WEEK;
  return Math.max(preset.date, now);
}

export function snooze(followUp: FollowUp, until: number, now: number): FollowUpRecord {
  return record(followUp, 'open', now, until);
}

/**
 * Done means "I did it". For the repeating rules that counts as doing it at `now`: the next reply nudge
 * and the next check-in are timed from this moment, and a thank-you marked done starts "keep them
 * posted". Logging the matching interaction as well is better still: it shows in the timeline and
 * moves the stage.
 */
export function markDone(followUp: FollowUp, now: number): FollowUpRecord {
  return record(followUp, 'done', now);
}

/** Dismiss means "I won't": see follow-ups.ts for what each rule does next. */
export function dismiss(followUp: FollowUp, now: number): FollowUpRecord {
  return record(followUp, 'dismissed', now);
}

/** A new action item; `key` must be unique for the contact (e.g. a random id made when it is written). */
export function newActionItem(input: {
  contactUrl: string;
  key: string;
  title: string;
  dueAt: number;
  now: number;
}): FollowUpRecord {
  return {
    id: followUpId('action-item', input.contactUrl, input.key),
    contactUrl: input.contactUrl,
    kind: 'action-item',
    status: 'open',
    dueAt: input.dueAt,
    title: input.title,
    updatedAt: input.now,
  };
}

/** Records by id; if an id was somehow stored twice the latest decision wins. */
export function indexRecords(records: readonly FollowUpRecord[]): Map<string, FollowUpRecord> {
  const byId = new Map<string, FollowUpRecord>();
  for (const r of records) {
    const prev = byId.get(r.id);
    if (!prev || r.updatedAt >= prev.updatedAt) byId.set(r.id, r);
  }
  return byId;
}

/**
 * A rule-made follow-up as the user left it: gone when done or dismissed, carrying its snooze otherwise.
 * A snooze that ends before the follow-up is due changes nothing and is left off.
 */
export function applyRecord(followUp: FollowUp, rec: FollowUpRecord | undefined): FollowUp | undefined {
  if (!rec) return followUp;
  if (rec.status !== 'open') return undefined;
  if (rec.snoozedUntil !== undefined && rec.snoozedUntil > followUp.dueAt) {
    return { ...followUp, snoozedUntil: rec.snoozedUntil };
  }
  return followUp;
}
