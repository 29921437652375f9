import { describe, expect, it } from 'vitest';
import type { InteractionKind } from '../../shared/interaction';
import type { JournalEntry } from '../../shared/protocol';
import { groupByMonth } from './journal-view';

const entry = (
  id: string,
  at: Date,
  note: string,
  contactName: string,
  kind: InteractionKind = 'meeting-held',
): JournalEntry => ({
  interaction: { id, contactUrl: `https://www.linkedin.com/in/${id}/`, kind, at: at.getTime(), note },
  contactName,
});

const entries = [
  entry('a', new Date(2026, 3, 30, 23, 30), 'Build a portfolio of three case studies', 'Maya Okafor'),
  entry('b', new Date(2026, 4, 1, 0, 15), 'Read about the Café research community', 'Léo Park', 'note'),
  entry('c', new Date(2026, 4, 20, 9), 'Apply to the autumn apprenticeship', 'Priya Shah'),
];

describe('groupByMonth', () => {
  it('groups by local month, newest first', () => {
    const groups = groupByMonth(entries, 'en');
    expect(groups.map((g) => [g.label, g.entries.map((e) => e.interaction.id)])).toEqual([
      ['May 2026', ['c', 'b']],
      ['April 2026', ['a']],
    ]);
  });
});
