import { paidBy } from '../core/follow-ups/paid-by';
import type { FollowUp } from '../shared/interaction';
import { FOLLOW_UP_LABELS } from './follow-through-labels';
import { send } from './messages';

/** What an action did, in words, and how to take it back. */
export interface Outcome {
  message: string;
  undo: () => Promise<unknown>;
}

const reopen = (f: FollowUp) => () =>
  send('ui:actOnFollowUp', { id: f.id, contactUrl: f.contactUrl, action: 'reopen' });

function what(f: FollowUp, contactName?: string): string {
  const label = f.kind === 'action-item' && f.title ? `“${f.title}”` : FOLLOW_UP_LABELS[f.kind];
  return contactName ? `${label} for ${contactName}` : label;
}

/**
 * "Mark sent" logs the interaction that pays the follow-up (a thank-you-sent, an update, a check-in,
 * another outreach as a nudge), which clears it; anything else (action items, thanking a referrer)
 * is simply marked done.
 */
export async function completeFollowUp(f: FollowUp, contactName?: string): Promise<Outcome> {
  const kind = paidBy(f.kind);
  if (kind) {
    const logged = await send('ui:logInteraction', { contactUrl: f.contactUrl, kind, at: Date.now() });
    return {
      message: `${what(f, contactName)} marked sent.`,
      undo: () => send('ui:deleteInteraction', { id: logged.id }),
    };
  }
  await send('ui:actOnFollowUp', { id: f.id, contactUrl: f.contactUrl, action: 'done' });
  return { message: `${what(f, contactName)} marked done.`, undo: reopen(f) };
}

export async function dismissFollowUp(f: FollowUp, contactName?: string): Promise<Outcome> {
  await send('ui:actOnFollowUp', { id: f.id, contactUrl: f.contactUrl, action: 'dismiss' });
  return { message: `${what(f, contactName)} dismissed.`, undo: reopen(f) };
}

export async function snoozeFollowUp(
  f: FollowUp,
  until: number,
  untilText: string,
  contactName?: string,
): Promise<Outcome> {
  await send('ui:actOnFollowUp', { id: f.id, contactUrl: f.contactUrl, action: 'snooze', until });
  return { message: `${what(f, contactName)} snoozed until ${untilText}.`, undo: reopen(f) };
}

/** Whether the main action logs a message sent ("Mark sent") or just ticks the item off ("Done"). */
export function completeLabel(f: FollowUp): string {
  return paidBy(f.kind) ? 'Mark sent' : 'Done';
}
