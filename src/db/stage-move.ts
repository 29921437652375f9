import { planStageMove } from '../core/follow-ups/stage-moves';
import type { Stage } from '../shared/contact';
import type { FollowUpSettings } from '../shared/settings';
import type { RapportDb } from './database';
import { REFRESH_TABLES } from './follow-up-store';
import { listInteractions, logInteraction } from './interactions';

const STAGE_NAMES: Record<Stage, string> = {
  'to-contact': 'to contact',
  asked: 'asked',
  scheduled: 'scheduled',
  met: 'met',
  thanked: 'thanked',
  'in-touch': 'in touch',
};

/**
 * Moves a contact on the board by recording what makes the new stage true (core/stage-moves.ts), all in
 * one transaction: the stage stays derived from what happened, and a failed move records nothing.
 * Returns the ids recorded, so the move can be undone by deleting them.
 */
export async function moveToStage(
  db: RapportDb,
  url: string,
  to: Stage,
  settings: FollowUpSettings,
  now: number,
): Promise<{ stage: Stage; logged: string[] }> {
  return db.transaction('rw', [...REFRESH_TABLES, 'snapshots'], async () => {
    const contact = await db.contacts.get(url);
    if (!contact) throw new Error('This person is not in Rapport. They may have been deleted.');
    const plan = planStageMove(await listInteractions(db, url), to, now);
    if (!plan) {
      throw new Error(
        `${contact.name} is already ${STAGE_NAMES[contact.stage]}: a stage follows what happened, so to step back, delete an entry from their history.`,
      );
    }
    const logged: string[] = [];
    for (const step of plan)
      logged.push((await logInteraction(db, { ...step, contactUrl: url }, settings, now)).id);
    const stage = (await db.contacts.get(url))?.stage ?? to;
    return { stage, logged };
  });
}
