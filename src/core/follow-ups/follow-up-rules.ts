import type { Contact } from '../../shared/contact';
import type {
  FollowUp,
  FollowUpKind,
  FollowUpRecord,
  Interaction,
  InteractionKind,
} from '../../shared/interaction';
import type { FollowUpSettings } from '../../shared/settings';
import { DAY, HOUR, WEEK } from '../time-units';
import { followUpId } from './address-key';
import { applyRecord } from './follow-up-records';
import { type LinkedInteraction, meetingEnd } from './interaction-order';
import { PAID_BY } from './paid-by';

/**
 * The relationship rules, each one linear in the contact's interactions (which arrive sorted once, in
 * interaction-order.ts order). Every number comes from FollowUpSettings. Ids are
 * `${kind}:${contactUrl}:${source}`, where the source is an interaction id (with `#n` for the n-th
 * nudge or check-in it starts) or a referred contact's URL, so the user's stored decisions find their
 * follow-up again on every recompute. Long addresses appear as a fixed-length hash (address-key.ts).
 */
export interface RuleContext {
  url: string;
  sorted: readonly LinkedInteraction[];
  byId: ReadonlyMap<string, Interaction>;
  records: ReadonlyMap<string, FollowUpRecord>;
  settings: FollowUpSettings;
}

export interface ReferredContactMet {
  url: string;
  name: string;
  metAt: number;
}

function ruleId(ctx: RuleContext, kind: FollowUpKind, source: string): string {
  return followUpId(kind, ctx.url, source);
}

function make(
  ctx: RuleContext,
  kind: FollowUpKind,
  source: string,
  dueAt: number,
  title: string,
  overdueAt?: number,
): FollowUp | undefined {
  const id = ruleId(ctx, kind, source);
  const f: FollowUp = { id, contactUrl: ctx.url, kind, dueAt, title, status: 'open' };
  if (overdueAt !== undefined) f.overdueAt = overdueAt;
  return applyRecord(f, ctx.records.get(id));
}

/**
 * One thank-you per held meeting, due when it ends and overdue exactly `thankYouHours` later: overdueAt
 * is the first overdue millisecond (end + 24 h is overdue, one millisecond before is not). Any
 * thank-you-sent logged after the meeting pays it, including one thank-you for several meetings.
 */
export function thankYous(ctx: RuleContext): FollowUp[] {
  let lastThanksAt = Number.NEGATIVE_INFINITY;
  for (const i of ctx.sorted) if (i.kind === PAID_BY['thank-you']) lastThanksAt = i.at;
  const out: FollowUp[] = [];
  for (const i of ctx.sorted) {
    // Same-instant ties sort thank-you after the meeting (interaction-order.ts), so >= means "after".
    if (i.kind !== 'meeting-held' || lastThanksAt >= i.at) continue;
    const end = meetingEnd(i, ctx.byId);
    const f = make(
      ctx,
      'thank-you',
      i.id,
      end,
      'Send a thank-you note',
      end + ctx.settings.thankYouHours * HOUR,
    );
    if (f) out.push(f);
  }
  return out;
}

/** Their answer in any form ends nudging; a referral is an answer too. */
const ANSWERS: ReadonlySet<InteractionKind> = new Set([
  'reply-received',
  'meeting-scheduled',
  'meeting-held',
  'referral-made',
]);

/**
 * Nudges for the outreach since their last answer. The first outreach-sent is the ask; each later
 * outreach-sent is a nudge sent (log nudges that way: they show in the timeline). A nudge marked done
 * without one counts as sent when it was marked. Nudge k (1..maxReplyNudges) is due `replyNudgeDays`
 * after the previous message; dismissing a nudge ends the chain.
 */
export function replyNudge(ctx: RuleContext): FollowUp | undefined {
  let outreach: LinkedInteraction[] = [];
  for (const i of ctx.sorted) {
    if (ANSWERS.has(i.kind)) outreach = [];
    else if (i.kind === PAID_BY['reply-nudge']) outreach.push(i);
  }
  const ask = outreach[0];
  if (!ask) return undefined;
  const max = Math.floor(ctx.settings.maxReplyNudges);
  let lastSent = ask.at;
  for (let k = 1; k <= max; k++) {
    const logged = outreach[k];
    if (logged) {
      lastSent = logged.at;
      continue;
    }
    const source = `${ask.id}#${k}`;
    const rec = ctx.records.get(ruleId(ctx, 'reply-nudge', source));
    if (rec?.status === 'dismissed') return undefined;
    if (rec?.status === 'done') {
      lastSent = rec.updatedAt;
      continue;
    }
    const dueAt = lastSent + ctx.settings.replyNudgeDays * DAY;
    return make(ctx, 'reply-nudge', source, dueAt, `Nudge: no reply yet (${k} of ${max})`);
  }
  return undefined;
}

/**
 * "Keep them posted" belongs to the latest meeting: `keepPostedWeeks` after the first thank-you sent for
 * it (or after its thank-you was marked done), until an update-sent follows. After the update the
 * check-in cadence takes over; an earlier meeting's keep-posted is superseded by the later meeting.
 */
export function keepPosted(ctx: RuleContext): FollowUp | undefined {
  const { sorted } = ctx;
  let heldIdx = -1;
  sorted.forEach((i, idx) => {
    if (i.kind === 'meeting-held') heldIdx = idx;
  });
  const held = sorted[heldIdx];
  if (!held) return undefined;
  let thanksIdx = -1;
  for (let j = heldIdx + 1; j < sorted.length && thanksIdx < 0; j++) {
    if (sorted[j]?.kind === PAID_BY['thank-you']) thanksIdx = j;
  }
  let thanksAt = sorted[thanksIdx]?.at;
  if (thanksAt === undefined) {
    const rec = ctx.records.get(ruleId(ctx, 'thank-you', held.id));
    if (rec?.status !== 'done') return undefined;
    thanksAt = rec.updatedAt;
  }
  for (let j = Math.max(heldIdx, thanksIdx) + 1; j < sorted.length; j++) {
    const i = sorted[j];
    if (i?.kind === PAID_BY['keep-posted'] && i.at >= thanksAt) return undefined;
  }
  const dueAt = thanksAt + ctx.settings.keepPostedWeeks * WEEK;
  return make(ctx, 'keep-posted', held.id, dueAt, 'Keep them posted on what you did with their advice');
}

/**
 * Only someone who has answered gets check-ins: writing every 90 days to someone who never replied
 * is spam.
 */
const TWO_WAY: ReadonlySet<InteractionKind> = ANSWERS;

/**
 * A check-in `cadenceDays` after the last touch: any interaction but a private note, a meeting counting
 * from its end (so a meeting planned far ahead does not trigger one early). Done or dismissed, the
 * cadence restarts from that moment. A cadence of 0 or less means "no check-ins" for that contact.
 */
export function checkIn(ctx: RuleContext, cadenceDays: number): FollowUp | undefined {
  if (!(cadenceDays > 0)) return undefined;
  let twoWay = false;
  let touch: LinkedInteraction | undefined;
  let touchAt = Number.NEGATIVE_INFINITY;
  for (const i of ctx.sorted) {
    if (i.kind === 'note') continue;
    if (TWO_WAY.has(i.kind)) twoWay = true;
    const at =
      i.kind === 'meeting-scheduled' || i.kind === 'meeting-held'
        ? Math.max(i.at, meetingEnd(i, ctx.byId))
        : i.at;
    if (at >= touchAt) {
      touchAt = at;
      touch = i;
    }
  }
  if (!twoWay || !touch) return undefined;
  let base = touchAt;
  // Bounded by the number of stored records: each round needs a decision on a new id.
  for (let n = 1; ; n++) {
    const source = `${touch.id}#${n}`;
    const rec = ctx.records.get(ruleId(ctx, 'check-in', source));
    if (rec && rec.status !== 'open') {
      base = rec.updatedAt;
      continue;
    }
    return make(ctx, 'check-in', source, base + cadenceDays * DAY, 'Check in');
  }
}

/**
 * Thank the person who made an introduction, once per person introduced (keyed by that person's URL),
 * from the moment you met them. A referrer who is a contact gets it on their own list through
 * `referredContactsMet`; a referrer known only by name gets it on the introduced contact's list.
 */
export function thankReferrers(
  ctx: RuleContext,
  referredBy: Contact['referredBy'],
  referredContactsMet: readonly ReferredContactMet[],
): FollowUp[] {
  const earliest = new Map<string, ReferredContactMet>();
  for (const r of referredContactsMet) {
    const prev = earliest.get(r.url);
    if (!prev || r.metAt < prev.metAt) earliest.set(r.url, r);
  }
  const out: FollowUp[] = [];
  for (const r of earliest.values()) {
    const f = make(ctx, 'thank-referrer', r.url, r.metAt, `Thank them for introducing you to ${r.name}`);
    if (f) out.push(f);
  }
  if (referredBy && !referredBy.url) {
    const firstHeld = ctx.sorted.find((i) => i.kind === 'meeting-held');
    if (firstHeld) {
      const title = `Thank ${referredBy.name || 'whoever introduced you'} for the introduction`;
      const f = make(ctx, 'thank-referrer', ctx.url, meetingEnd(firstHeld, ctx.byId), title);
      if (f) out.push(f);
    }
  }
  return out;
}
