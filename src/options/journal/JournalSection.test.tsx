// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  button,
  buttons,
  click,
  field,
  mount,
  settle,
  text,
  type,
  unmountAll,
} from '../../../tests/support/test-dom';
import type { JournalEntry } from '../../shared/protocol';
import { send } from '../../ui/messages';
import { JournalSection } from './JournalSection';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

const MAYA = 'https://www.linkedin.com/in/maya/';
let journal: JournalEntry[];

const entry = (id: string, at: Date, note: string, contactName = 'Maya Okafor'): JournalEntry => ({
  interaction: { id, contactUrl: MAYA, kind: 'meeting-held', at: at.getTime(), note },
  contactName,
});

beforeEach(() => {
  journal = [
    entry('b', new Date(2026, 4, 3), 'Build a portfolio of three case studies'),
    entry('a', new Date(2026, 3, 12), '<script>alert(1)</script> Talk to the research ops team', 'Leo Park'),
  ];
  sendMock.mockReset();
  sendMock.mockImplementation(async (_type: string, data: { limit: number }) => journal.slice(0, data.limit));
});

afterEach(unmountAll);

describe('JournalSection', () => {
  it('lists notes newest first under their month, linked to the person', async () => {
    const root = await mount(<JournalSection />);
    expect(sendMock).toHaveBeenCalledWith('ui:listJournal', { limit: 200 });
    const months = [...root.querySelectorAll('h3')].map(text);
    expect(months).toEqual([
      new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(new Date(2026, 4, 3)),
      new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(new Date(2026, 3, 12)),
    ]);
    const link = root.querySelector('.journal-entry a') as HTMLAnchorElement;
    expect(text(link)).toBe('Maya Okafor');
    expect(link.getAttribute('href')).toBe(`#contact=${encodeURIComponent(MAYA)}`);
    expect(root.querySelector('.journal-entry time')?.getAttribute('title')).toBeTruthy();
  });

  it('shows every other note when one holds a time no Date can show, and names the bad one', async () => {
    journal.push({
      interaction: { id: 'bad-time', contactUrl: MAYA, kind: 'note', at: 9e15, note: 'From an old import' },
      contactName: 'Maya Okafor',
    });
    const root = await mount(<JournalSection />);
    expect(text(root)).toContain('Build a portfolio of three case studies');
    expect(text(root)).toContain('Talk to the research ops team');
    const alert = root.querySelector('[role="alert"]');
    expect(text(alert as HTMLElement)).toContain('bad-time');
  });

  it('shows captured text as text, never as markup', async () => {
    const root = await mount(<JournalSection />);
    expect(text(root)).toContain('<script>alert(1)</script> Talk to the research ops team');
    expect(root.querySelector('script')).toBeNull();
  });

  it('filters by the words typed', async () => {
    const root = await mount(<JournalSection />);
    await type(field(root, 'Filter notes'), 'portfolio');
    await settle();
    expect(root.querySelectorAll('.journal-entry')).toHaveLength(1);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('1 of 2 notes match');
    await type(field(root, 'Filter notes'), 'nothing like this');
    await settle();
    expect(root.querySelectorAll('.journal-entry')).toHaveLength(0);
  });

  it('says what the journal is for when there are no notes yet', async () => {
    journal = [];
    const root = await mount(<JournalSection />);
    expect(text(root)).toContain('No notes yet.');
    expect(buttons(root, 'Show older notes')).toHaveLength(0);
  });

  it('loads older notes on request, keeping what is shown', async () => {
    journal = Array.from({ length: 250 }, (_, n) =>
      entry(`n${n}`, new Date(2026, 4, 1, 12, -n), `Note ${n}`),
    );
    const root = await mount(<JournalSection />);
    expect(root.querySelectorAll('.journal-entry')).toHaveLength(200);
    await click(button(root, 'Show older notes'));
    expect(sendMock).toHaveBeenLastCalledWith('ui:listJournal', { limit: 400 });
    expect(root.querySelectorAll('.journal-entry')).toHaveLength(250);
    expect(buttons(root, 'Show older notes')).toHaveLength(0);
  });
});
