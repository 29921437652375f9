import type { FollowUpKind, InteractionKind } from '../shared/interaction';

/** What each thing that can happen with a person is called in Rapport's pages. */
export const INTERACTION_LABELS: Record<InteractionKind, string> = {
  'outreach-sent': 'Outreach sent',
  'reply-received': 'Reply received',
  'meeting-scheduled': 'Meeting scheduled',
  'meeting-held': 'Meeting held',
  'thank-you-sent': 'Thank-you sent',
  'update-sent': 'Update sent',
  'check-in': 'Check-in',
  'referral-made': 'Referral made',
  note: 'Note',
};

export const FOLLOW_UP_LABELS: Record<FollowUpKind, string> = {
  'thank-you': 'Thank-you',
  'reply-nudge': 'Reply nudge',
  'keep-posted': 'Keep them posted',
  'check-in': 'Check-in',
  'action-item': 'Action item',
  'thank-referrer': 'Thank the referrer',
};
