import { INTERACTION_KINDS, type Interaction } from '../../shared/interaction';
import { MINUTE } from '../time-units';

/**
 * A meeting-held may name the meeting-scheduled interaction it fulfils, so the thank-you clock starts at
 * the planned end of that meeting. Proposed for shared/interaction.ts as `Interaction.scheduledId`.
 */
export type LinkedInteraction = Interaction & { scheduledId?: string };

const KIND_RANK = new Map<string, number>(INTERACTION_KINDS.map((kind, i) => [kind, i]));

/**
 * Interactions in the order they happened. Kinds logged at the same instant follow the natural order of
 * a conversation (outreach, reply, scheduled, held, thank-you, ...), so a thank-you stamped with the same
 * millisecond as its meeting still counts as after it; the id makes the order total.
 */
export function chronological<T extends Interaction>(interactions: readonly T[]): T[] {
  return [...interactions].sort(
    (a, b) =>
      a.at - b.at ||
      (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * When a meeting ends: the interaction's own meeting details, else (for a meeting-held) the plan of the
 * scheduled meeting it links to, else the moment it was logged.
 */
export function meetingEnd(held: LinkedInteraction, byId: ReadonlyMap<string, Interaction>): number {
  const planned = held.meeting ?? (held.scheduledId ? byId.get(held.scheduledId)?.meeting : undefined);
  return planned ? planned.startsAt + planned.minutes * MINUTE : held.at;
}
