import type { MeetingState } from '../../shared/meeting';
import { WEEK } from '../time-units';
import { heldMinutes } from './meeting-clock';

export interface MeetingRecord {
  /** The meeting-held to log. */
  held: {
    contactUrl: string;
    kind: 'meeting-held';
    at: number;
    meeting: { startsAt: number; minutes: number };
    note?: string;
    advice?: string[];
    points?: string[];
  };
  actionItems: { title: string; dueAt: number; advice?: string }[];
  referrals: { name: string; company?: string; url?: string }[];
}

/**
 * What an ended meeting leaves behind: one meeting-held with its real length, the answers under each
 * question and the free notes as its note, the advice piece by piece, the points marked for the
 * thank-you; the action items (due in a week unless given a date, each linked to the advice caught just
 * before it); and the people they suggested.
 */
export function meetingRecord(state: MeetingState, endedAt: number): MeetingRecord {
  const answered = state.agenda
    .filter((q) => q.note.trim() || q.done)
    .map((q) => (q.note.trim() ? `${q.text}\n${q.note.trim()}` : q.text));
  const note = [...answered, state.notes.trim()].filter(Boolean).join('\n\n');
  const advice = state.captured.flatMap((c) => (c.kind === 'advice' && c.text.trim() ? [c.text.trim()] : []));
  const points = [
    ...state.agenda.filter((q) => q.marked && q.note.trim()).map((q) => q.note.trim()),
    ...state.captured.flatMap((c) =>
      c.kind === 'advice' && c.marked && c.text.trim() ? [c.text.trim()] : [],
    ),
  ].slice(0, 3);

  const actionItems: MeetingRecord['actionItems'] = [];
  let lastAdvice: string | undefined;
  for (const c of state.captured) {
    if (c.kind === 'advice' && c.text.trim()) lastAdvice = c.text.trim();
    if (c.kind === 'action' && c.text.trim()) {
      actionItems.push({
        title: c.text.trim(),
        dueAt: c.dueAt ?? endedAt + WEEK,
        ...(lastAdvice ? { advice: lastAdvice } : {}),
      });
    }
  }
  const referrals = state.captured.flatMap((c) =>
    c.kind === 'referral' && c.name.trim()
      ? [
          {
            name: c.name.trim(),
            ...(c.company?.trim() ? { company: c.company.trim() } : {}),
            ...(c.url ? { url: c.url } : {}),
          },
        ]
      : [],
  );
  return {
    held: {
      contactUrl: state.contactUrl,
      kind: 'meeting-held',
      at: endedAt,
      meeting: { startsAt: state.startedAt, minutes: heldMinutes(state.startedAt, endedAt) },
      ...(note ? { note } : {}),
      ...(advice.length ? { advice } : {}),
      ...(points.length ? { points } : {}),
    },
    actionItems,
    referrals,
  };
}
