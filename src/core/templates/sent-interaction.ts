import type { InteractionKind } from '../../shared/interaction';
import type { TemplateKind } from '../../shared/template';
import { PAID_BY } from '../follow-ups/paid-by';

/**
 * What "Mark as sent" records for an email written from a template of this kind: a thank-you pays off
 * the thank-you owed, an update the keep-them-posted, a check-in the check-in. Outreach, LinkedIn notes
 * and the user's own templates are a first message.
 */
const SENT_AS: Record<TemplateKind, InteractionKind> = {
  outreach: 'outreach-sent',
  'connection-note': 'outreach-sent',
  'linkedin-message': 'outreach-sent',
  // The emails that answer a follow-up log what pays it (one table, in follow-ups/paid-by.ts).
  'thank-you': PAID_BY['thank-you'],
  'keep-posted': PAID_BY['keep-posted'],
  'check-in': PAID_BY['check-in'],
  custom: 'outreach-sent',
};

export function sentInteraction(kind: TemplateKind | undefined): InteractionKind {
  return kind ? SENT_AS[kind] : 'outreach-sent';
}
