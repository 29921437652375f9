import type { FollowUpKind, InteractionKind } from '../../shared/interaction';

/**
 * The interaction that pays each follow-up: the rules in follow-up-rules.ts clear a follow-up when this
 * interaction follows it, and the pages' "Mark sent" logs exactly this interaction. A nudge is simply
 * another outreach message; action items and thanking a referrer are only ever marked done.
 */
export const PAID_BY = {
  'thank-you': 'thank-you-sent',
  'keep-posted': 'update-sent',
  'check-in': 'check-in',
  'reply-nudge': 'outreach-sent',
} as const satisfies Partial<Record<FollowUpKind, InteractionKind>>;

/** The interaction that pays `kind`, or undefined when it is only marked done. */
export function paidBy(kind: FollowUpKind): InteractionKind | undefined {
  return (PAID_BY as Partial<Record<FollowUpKind, InteractionKind>>)[kind];
}
