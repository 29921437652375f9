import type { Stage } from '../../shared/contact';
import type { Interaction } from '../../shared/interaction';
import { chronological } from './interaction-order';

type Phase = 'to-contact' | 'asked' | 'met' | 'thanked' | 'in-touch';

/**
 * Where a contact stands, replaying their interactions in the order they happened.
 *
 * - Any interaction except a note means you have been in touch: to-contact → asked. A note is private and
 *   never changes the stage.
 * - meeting-held → met, from any stage: a later meeting after thanks owes a new thank-you.
 * - thank-you-sent → thanked, but only from met; before any meeting it is just contact (asked).
 * - update-sent, check-in, reply-received and referral-made after thanks → in-touch. Before the thanks
 *   they leave met alone, so `met` always means "no thank-you logged since the latest meeting", the
 *   same condition that makes the thank-you follow-up (follow-up-rules.ts) open.
 * - A meeting scheduled and not yet held shows as scheduled, except when a thank-you is still owed:
 *   the owed thank-you is the more pressing thing to see. Holding the meeting clears it. There is no
 *   `now` here: a meeting whose time has passed stays scheduled until someone logs it as held.
 */
export function deriveStage(interactions: readonly Interaction[]): Stage {
  let phase: Phase = 'to-contact';
  let meetingPending = false;
  for (const i of chronological(interactions)) {
    if (i.kind === 'note') continue;
    if (phase === 'to-contact') phase = 'asked';
    switch (i.kind) {
      case 'meeting-scheduled':
        meetingPending = true;
        break;
      case 'meeting-held':
        meetingPending = false;
        phase = 'met';
        break;
      case 'thank-you-sent':
        if (phase === 'met') phase = 'thanked';
        break;
      case 'update-sent':
      case 'check-in':
      case 'reply-received':
      case 'referral-made':
        if (phase === 'thanked') phase = 'in-touch';
        break;
      case 'outreach-sent':
        break;
    }
  }
  return meetingPending && phase !== 'met' ? 'scheduled' : phase;
}
