import type { JournalEntry } from '../../shared/protocol';
import { INTERACTION_LABELS } from '../../ui/follow-through-labels';

export interface MonthGroup {
  /** "2026-05", unique per month. */
  key: string;
  /** "May 2026", in the user's language. */
  label: string;
  entries: JournalEntry[];
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Entries whose note, person or kind contain every word typed, accents and case aside. */
export function filterJournal(entries: readonly JournalEntry[], query: string): JournalEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const haystack = fold(
      `${e.interaction.note ?? ''} ${e.contactName} ${INTERACTION_LABELS[e.interaction.kind]}`,
    );
    return words.every((w) => haystack.includes(w));
  });
}

/** Newest first, one group per local calendar month. */
export function groupByMonth(entries: readonly JournalEntry[], locale?: string): MonthGroup[] {
  const sorted = [...entries].sort((a, b) => b.interaction.at - a.interaction.at);
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
  const groups: MonthGroup[] = [];
  for (const entry of sorted) {
    const d = new Date(entry.interaction.at);
    // A time no Date can hold (from an import, say) files the note under no month rather than failing.
    const valid = Number.isFinite(d.getTime());
    const key = valid ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}` : 'undated';
    const last = groups.at(-1);
    if (last?.key === key) last.entries.push(entry);
    else groups.push({ key, label: valid ? monthName.format(d) : 'No valid date', entries: [entry] });
  }
  return groups;
}
