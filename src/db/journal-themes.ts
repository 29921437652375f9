import { type AdvicePiece, advicePieces } from '../core/journal/advice-entries';
import { interviewRows } from '../core/journal/interview-rows';
import { findRecurringThemes } from '../core/recurring-themes';
import type { Contact } from '../shared/contact';
import type { InterviewRow } from '../shared/journal';
import type { JournalTheme } from '../shared/protocol';
import type { RapportDb } from './database';

/**
 * The advice at least two people gave, most people first, each with the pieces of advice behind it and
 * who gave them. Reads every note once: the themes are found over all of them, not one page.
 */
export async function listThemes(db: RapportDb): Promise<JournalTheme[]> {
  const interactions = await db.interactions
    .filter((i) => Boolean(i.note?.trim()) || (i.advice?.length ?? 0) > 0)
    .toArray();
  // Oldest first, so each theme lists its advice in the order people gave it.
  interactions.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  const pieces = interactions.flatMap(advicePieces);
  const themes = findRecurringThemes(pieces);
  if (themes.length === 0) return [];
  const byId = new Map<string, AdvicePiece>(pieces.map((p) => [p.id, p]));
  const urls = [...new Set(themes.flatMap((t) => t.contactIds))];
  const contacts = await db.contacts.bulkGet(urls);
  const names = new Map(contacts.filter((c) => c !== undefined).map((c) => [c.url, c.name]));
  return themes.map((theme) => ({
    label: theme.label,
    people: theme.contactIds.map((url) => ({ url, name: names.get(url) ?? '' })),
    advice: theme.entryIds
      .map((id) => byId.get(id))
      .filter((p) => p !== undefined)
      .map((p) => ({
        interactionId: p.interactionId,
        contactUrl: p.contactId,
        contactName: names.get(p.contactId) ?? '',
        text: p.text,
        at: p.at,
      })),
  }));
}

/** Every meeting held, with who, their role, the advice and the action items that followed. */
export async function listInterviews(db: RapportDb): Promise<InterviewRow[]> {
  const meetings = await db.interactions.where('kind').equals('meeting-held').toArray();
  const urls = [...new Set(meetings.map((m) => m.contactUrl))];
  const found = await db.contacts.bulkGet(urls);
  const contacts = new Map<string, Contact>(found.filter((c) => c !== undefined).map((c) => [c.url, c]));
  const items = await db.followUps.filter((r) => r.kind === 'action-item').toArray();
  return interviewRows(meetings, contacts, items);
}
