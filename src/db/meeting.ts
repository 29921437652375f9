import * as v from 'valibot';
import { meetingRecord } from '../core/meeting/meeting-record';
import type { Interaction } from '../shared/interaction';
import type { AgendaItem, MeetingState } from '../shared/meeting';
import { MeetingStateSchema } from '../shared/schemas';
import type { FollowUpSettings } from '../shared/settings';
import type { RapportDb } from './database';
import { saveActionItem } from './follow-up-actions';
import { logInteraction } from './interactions';

/** The one meeting under way lives in the meta table under this key: no new table for one record. */
export const MEETING_KEY = 'meeting';

export async function getMeeting(db: RapportDb): Promise<MeetingState | null> {
  const record = await db.meta.get(MEETING_KEY);
  const parsed = v.safeParse(MeetingStateSchema, record?.value);
  return parsed.success ? (parsed.output as MeetingState) : null;
}

/** Starts a meeting with this person now, with their pinned questions as the agenda. One at a time. */
export async function startMeeting(
  db: RapportDb,
  input: { contactUrl: string; minutes: number; agenda: { id: string; text: string }[]; sound?: boolean },
  now: number,
): Promise<MeetingState> {
  return db.transaction('rw', db.meta, db.contacts, async () => {
    const contact = await db.contacts.get(input.contactUrl);
    if (!contact) throw new Error('Save this person before meeting them');
    const running = await getMeeting(db);
    if (running && running.contactUrl !== contact.url) {
      throw new Error(`A meeting with ${running.contactName} is still running: end it first`);
    }
    if (running) return running;
    const agenda: AgendaItem[] = input.agenda.map((q) => ({ id: q.id, text: q.text, done: false, note: '' }));
    const meeting: MeetingState = {
      contactUrl: contact.url,
      contactName: contact.name,
      startedAt: now,
      minutes: input.minutes,
      sound: input.sound ?? false,
      agenda,
      notes: '',
      captured: [],
    };
    await db.meta.put({ key: MEETING_KEY, value: meeting });
    return meeting;
  });
}

/** Keeps what was typed or ticked; the start time and the person cannot change under a running meeting. */
export async function saveMeeting(db: RapportDb, meeting: MeetingState): Promise<MeetingState> {
  return db.transaction('rw', db.meta, async () => {
    const running = await getMeeting(db);
    if (!running || running.contactUrl !== meeting.contactUrl || running.startedAt !== meeting.startedAt) {
      throw new Error('That meeting has already ended');
    }
    await db.meta.put({ key: MEETING_KEY, value: meeting });
    return meeting;
  });
}

/**
 * Ends the meeting: logs meeting-held with its length and notes, adds its action items and the people
 * they suggested, then forgets the meeting. The meeting stays until all of that is written, so a
 * worker stopped halfway leaves it to end again rather than losing it.
 */
export async function endMeeting(
  db: RapportDb,
  settings: FollowUpSettings,
  now: number,
): Promise<Interaction> {
  const meeting = await getMeeting(db);
  if (!meeting) throw new Error('No meeting is running');
  const record = meetingRecord(meeting, now);
  const held = await logInteraction(db, record.held, settings, now);
  for (const item of record.actionItems) {
    await saveActionItem(db, { contactUrl: meeting.contactUrl, ...item }, settings, now);
  }
  for (const referral of record.referrals) {
    await logInteraction(
      db,
      { contactUrl: meeting.contactUrl, kind: 'referral-made', at: now, referral },
      settings,
      now,
    );
  }
  await db.meta.delete(MEETING_KEY);
  return held;
}

/** Forgets a meeting without recording it. */
export async function discardMeeting(db: RapportDb): Promise<{ deleted: true }> {
  await db.meta.delete(MEETING_KEY);
  return { deleted: true };
}
