import { STAGES, type Stage } from '../../shared/contact';
import type { Interaction, InteractionKind } from '../../shared/interaction';
import { chronological } from './interaction-order';
import { deriveStage } from './stage';

/** What one step of a move records; the caller adds the contact and an id. */
export type PlannedInteraction = Pick<Interaction, 'kind' | 'at'> & { scheduledId?: string };

/** The ways to each stage, shortest first: the first whose result is the target is the one recorded. */
const ROUTES: Record<Stage, InteractionKind[][]> = {
  'to-contact': [],
  asked: [['outreach-sent']],
  scheduled: [['meeting-scheduled']],
  met: [['meeting-held']],
  thanked: [['thank-you-sent'], ['meeting-held', 'thank-you-sent']],
  'in-touch': [['check-in'], ['thank-you-sent', 'check-in'], ['meeting-held', 'thank-you-sent', 'check-in']],
};

/** The stages a contact can be moved on to from where they are. */
export function stagesAfter(from: Stage): Stage[] {
  return STAGES.slice(STAGES.indexOf(from) + 1);
}

/**
 * What to record so a contact with this history stands at `to`. The stage is derived from what happened
 * (stage.ts), so a move on the board is the interactions that make it true, stamped after everything
 * before. A meeting held fulfils the meeting still planned, so its thank-you clock runs from that plan.
 * Undefined for a move back or to where they are: history only grows, and stepping back means deleting
 * an entry from the person's history.
 */
export function planStageMove(
  history: readonly Interaction[],
  to: Stage,
  now: number,
): PlannedInteraction[] | undefined {
  const from = deriveStage(history);
  if (STAGES.indexOf(to) <= STAGES.indexOf(from)) return undefined;
  const sorted = chronological(history);
  const start = Math.max(now, (sorted.at(-1)?.at ?? 0) + 1);
  const pending = pendingMeeting(sorted);
  for (const route of ROUTES[to]) {
    const planned = route.map((kind, n): PlannedInteraction => {
      const step: PlannedInteraction = { kind, at: start + n };
      if (kind === 'meeting-held' && pending) step.scheduledId = pending.id;
      return step;
    });
    const after = [...history, ...planned.map((p, n) => ({ ...p, id: `\uffffmove-${n}`, contactUrl: '' }))];
    if (deriveStage(after) === to) return planned;
  }
  return undefined;
}

/** The meeting scheduled and not yet held, if any. */
function pendingMeeting(sorted: readonly Interaction[]): Interaction | undefined {
  let pending: Interaction | undefined;
  for (const i of sorted) {
    if (i.kind === 'meeting-scheduled') pending = i;
    else if (i.kind === 'meeting-held') pending = undefined;
  }
  return pending;
}
