import type { JournalEntry } from '../../shared/protocol';

export interface MonthGroup {
  /** "2026-05", unique per month. */
  key: string;
  /** "May 2026", in the user's language. */
  label: string;
  entries: JournalEntry[];
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
