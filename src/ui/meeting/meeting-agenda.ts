import { findCommonGround } from '../../core/common-ground/common-ground';
import { arrangeQuestions } from '../../core/questions/arrange-questions';
import { suggestQuestions } from '../../core/questions/questions';
import type { Contact } from '../../shared/contact';
import type { MyProfile } from '../../shared/settings';
import { normalizeArrangement } from '../prepare/question-list';

/** With nothing pinned, the agenda is the first questions of the list, in its order. */
const UNPINNED_AGENDA = 5;

/** The meeting's agenda: the questions the user pinned for this person, as they arranged and worded them. */
export function meetingAgenda(
  contact: Contact,
  me: MyProfile,
  bank: readonly string[],
): { id: string; text: string }[] {
  // The same common ground the question list works from, so the ids match what the user pinned.
  const commonGround = findCommonGround(me, contact.profile, { referrer: contact.referredBy });
  const suggested = suggestQuestions(me, contact.profile, { commonGround });
  const list = arrangeQuestions(
    suggested,
    normalizeArrangement(contact.prep?.questions),
    bank,
    contact.profile,
  );
  const pinned = list.filter((q) => q.pinned);
  return (pinned.length > 0 ? pinned : list.slice(0, UNPINNED_AGENDA)).map((q) => ({
    id: q.id,
    text: q.text,
  }));
}
