import type { Contact } from '../../shared/contact';
import type { FollowUpRecord, Interaction } from '../../shared/interaction';
import type { InterviewRow } from '../../shared/journal';
import { writeCsv } from '../csv/write-csv';
import { currentPosition } from '../profile/profile-facts';
import { advicePieces } from './advice-entries';

export type { InterviewRow };

/**
 * Every meeting held, with the person's role and company, the advice given, and the action items that
 * followed it: each one belongs to the latest meeting with that person before it was last changed (the
 * first meeting when it predates them all).
 */
export function interviewRows(
  meetings: readonly Interaction[],
  contacts: ReadonlyMap<string, Contact>,
  actionItems: readonly FollowUpRecord[],
): InterviewRow[] {
  const held = meetings.filter((m) => m.kind === 'meeting-held').sort((a, b) => a.at - b.at);
  const steps = new Map<string, InterviewRow['nextSteps']>();
  for (const item of [...actionItems].sort((a, b) => (a.dueAt ?? 0) - (b.dueAt ?? 0))) {
    if (item.kind !== 'action-item' || !item.title) continue;
    const theirs = held.filter((m) => m.contactUrl === item.contactUrl);
    const meeting = [...theirs].reverse().find((m) => m.at <= item.updatedAt) ?? theirs[0];
    if (!meeting) continue;
    const list = steps.get(meeting.id) ?? [];
    list.push({ title: item.title, status: item.status });
    steps.set(meeting.id, list);
  }
  return held.map((m) => {
    const contact = contacts.get(m.contactUrl);
    const role = contact ? currentPosition(contact.profile) : undefined;
    return {
      interactionId: m.id,
      contactUrl: m.contactUrl,
      at: m.at,
      name: contact?.name ?? '',
      role: role?.title?.trim() ?? '',
      company: role?.company?.trim() ?? '',
      advice: advicePieces(m).map((p) => p.text),
      nextSteps: steps.get(m.id) ?? [],
    };
  });
}

export const INTERVIEW_COLUMNS = [
  'Date',
  'Name',
  'Role',
  'Company',
  'Advice',
  'Next steps',
  'Status',
] as const;

const STATUS_WORDS: Record<FollowUpRecord['status'], string> = {
  open: 'open',
  done: 'done',
  dismissed: 'dropped',
};

/** "2026-05-04", the date as every spreadsheet reads it, in the user's time zone. */
export function isoDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** One row's cells: several pieces of advice or steps are lines of one cell, statuses line up with steps. */
export function interviewCells(row: InterviewRow): string[] {
  return [
    isoDay(row.at),
    row.name,
    row.role,
    row.company,
    row.advice.join('\n'),
    row.nextSteps.map((s) => s.title).join('\n'),
    row.nextSteps.map((s) => STATUS_WORDS[s.status]).join('\n'),
  ];
}

/** The journal as a spreadsheet file (RFC 4180, UTF-8 with BOM, formula cells neutralised). */
export function interviewsCsv(rows: readonly InterviewRow[]): string {
  return writeCsv(INTERVIEW_COLUMNS, rows.map(interviewCells));
}
