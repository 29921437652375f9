import type { Contact } from '../../shared/contact';
import type { FollowUp, FollowUpRecord, Interaction } from '../../shared/interaction';
import type { FollowUpSettings } from '../../shared/settings';
import { applyRecord, indexRecords } from './follow-up-records';
import {
  checkIn,
  keepPosted,
  type ReferredContactMet,
  type RuleContext,
  replyNudge,
  thankReferrers,
  thankYous,
} from './follow-up-rules';
import { chronological, type LinkedInteraction } from './interaction-order';

export interface FollowUpInput {
  contact: Pick<Contact, 'url' | 'checkInDays' | 'referredBy'>;
  /** This contact's interactions, in any order. */
  interactions: readonly LinkedInteraction[];
  /** This contact's stored decisions and action items. */
  records: readonly FollowUpRecord[];
  settings: FollowUpSettings;
  /**
   * Accepted for callers' convenience, deliberately unused: every due time is absolute, so the result
   * (and the nextDueAt stored from it) stays right until the interactions or records change.
   */
  now: number;
  /** Contacts this person introduced you to and whom you have met. */
  referredContactsMet?: readonly ReferredContactMet[];
}

/**
 * The open follow-ups for one contact, earliest first. O(n log n) in its interactions: one sort, then
 * linear rules.
 *
 * The check-in cadence is for quiet relationships: while a thank-you, a reply nudge or a keep-posted is
 * open (snoozed counts as open) that is the thing to do, and no check-in is added on top of it.
 */
export function computeFollowUps(input: FollowUpInput): FollowUp[] {
  const { contact, settings } = input;
  const sorted = chronological(input.interactions);
  const byId = new Map<string, Interaction>();
  for (const i of sorted) byId.set(i.id, i);
  const records = indexRecords(input.records);
  const ctx: RuleContext = { url: contact.url, sorted, byId, records, settings };

  const out: FollowUp[] = thankYous(ctx);
  const nudge = replyNudge(ctx);
  if (nudge) out.push(nudge);
  const posted = keepPosted(ctx);
  if (posted) out.push(posted);
  if (out.length === 0) {
    const check = checkIn(ctx, contact.checkInDays ?? settings.checkInDays);
    if (check) out.push(check);
  }
  out.push(...thankReferrers(ctx, contact.referredBy, input.referredContactsMet ?? []));
  out.push(...actionItems(records.values()));
  return out.sort(byDueThenId);
}

/** Action items are records the user wrote; one without a date is due from when it was written. */
function actionItems(records: Iterable<FollowUpRecord>): FollowUp[] {
  const out: FollowUp[] = [];
  for (const rec of records) {
    if (rec.kind !== 'action-item') continue;
    const item: FollowUp = {
      id: rec.id,
      contactUrl: rec.contactUrl,
      kind: 'action-item',
      dueAt: rec.dueAt ?? rec.updatedAt,
      title: rec.title ?? 'Action item',
      status: 'open',
    };
    const applied = applyRecord(item, rec);
    if (applied) out.push(applied);
  }
  return out;
}

/** When a follow-up next needs attention: its due time, or the end of its snooze if that is later. */
export function effectiveDueAt(f: FollowUp): number {
  return f.snoozedUntil !== undefined && f.snoozedUntil > f.dueAt ? f.snoozedUntil : f.dueAt;
}

export function isDue(f: FollowUp, now: number): boolean {
  return f.status === 'open' && now >= effectiveDueAt(f);
}

/** Overdue from overdueAt inclusive; a snoozed follow-up is neither due nor overdue until its snooze ends. */
export function isOverdue(f: FollowUp, now: number): boolean {
  return f.overdueAt !== undefined && now >= f.overdueAt && isDue(f, now);
}

/** What to store as Contact.nextDueAt: the earliest moment any open follow-up needs attention. */
export function nextDueAt(followUps: readonly FollowUp[]): number | undefined {
  let next: number | undefined;
  for (const f of followUps) {
    if (f.status !== 'open') continue;
    const at = effectiveDueAt(f);
    if (next === undefined || at < next) next = at;
  }
  return next;
}

export function byDueThenId(a: FollowUp, b: FollowUp): number {
  return effectiveDueAt(a) - effectiveDueAt(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
