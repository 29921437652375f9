// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RealBackground, realBackground } from '../../../tests/support/real-background';
import { profile } from '../../../tests/support/test-db';
import {
  button,
  buttons,
  click,
  field,
  mount,
  text,
  type,
  unmountAll,
} from '../../../tests/support/test-dom';
import type { JournalTheme } from '../../shared/protocol';
import { send } from '../../ui/messages';
import { JournalSection } from './JournalSection';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

const MAYA = 'https://www.linkedin.com/in/maya/';
const LEO = 'https://www.linkedin.com/in/leo/';
let background: RealBackground;

const note = (contactUrl: string, at: Date, text: string) =>
  background.send('ui:logInteraction', { contactUrl, kind: 'meeting-held', at: at.getTime(), note: text });

beforeEach(async () => {
  sendMock.mockReset();
  background = realBackground(sendMock);
  await background.capture(profile('maya', 'Maya Okafor'));
  await background.capture(profile('leo', 'Leo Park'));
});

async function twoNotes() {
  await note(MAYA, new Date(2026, 4, 3), 'Build a portfolio of three case studies');
  await note(LEO, new Date(2026, 3, 12), '<script>alert(1)</script> Talk to the research ops team');
}

afterEach(unmountAll);

describe('JournalSection', () => {
  it('lists notes newest first under their month, linked to the person', async () => {
    await twoNotes();
    const root = await mount(<JournalSection />);
    expect(sendMock).toHaveBeenCalledWith('ui:listJournal', { limit: 200 });
    const months = [...root.querySelectorAll('h3')].map(text);
    // The labels themselves are groupByMonth's (journal-view.test.ts); here: one heading a month, May first.
    expect(months).toHaveLength(2);
    expect(new Set(months).size).toBe(2);
    const firstMonth = root.querySelector('.journal-month');
    expect(text(firstMonth as HTMLElement)).toContain('Build a portfolio');
    const link = root.querySelector('.journal-entry a') as HTMLAnchorElement;
    expect(text(link)).toBe('Maya Okafor');
    expect(link.getAttribute('href')).toBe(`#contact=${encodeURIComponent(MAYA)}`);
    expect(root.querySelector('.journal-entry time')?.getAttribute('title')).toBeTruthy();
  });

  it('shows every other note when one holds a time no Date can show, and names the bad one', async () => {
    await twoNotes();
    // Written straight to the database, as an old import could have left it: no message accepts it now.
    await background.db.interactions.add({
      id: 'bad-time',
      contactUrl: MAYA,
      kind: 'note',
      at: 9e15,
      note: 'From an old import',
    });
    const root = await mount(<JournalSection />);
    await background.idle();
    expect(text(root)).toContain('Build a portfolio of three case studies');
    expect(text(root)).toContain('Talk to the research ops team');
    const alert = root.querySelector('[role="alert"]');
    expect(text(alert as HTMLElement)).toContain('bad-time');
  });

  it('shows captured text as text, never as markup', async () => {
    await twoNotes();
    const root = await mount(<JournalSection />);
    expect(text(root)).toContain('<script>alert(1)</script> Talk to the research ops team');
    expect(root.querySelector('script')).toBeNull();
  });

  it('filters by the words typed', async () => {
    await twoNotes();
    const root = await mount(<JournalSection />);
    await type(field(root, 'Filter notes'), 'portfolio');
    await background.idle();
    expect(root.querySelectorAll('.journal-entry')).toHaveLength(1);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('1 note matches');
    await type(field(root, 'Filter notes'), 'nothing like this');
    await background.idle();
    expect(root.querySelectorAll('.journal-entry')).toHaveLength(0);
  });

  it('says what the journal is for when there are no notes yet', async () => {
    const root = await mount(<JournalSection />);
    expect(text(root)).toContain('No notes yet.');
    expect(buttons(root, 'Show older notes')).toHaveLength(0);
  });

  it('loads older notes on request, keeping what is shown', async () => {
    // Written straight to the database: logging 250 meetings one by one would only test patience.
    await background.db.interactions.bulkAdd(
      Array.from({ length: 250 }, (_, n) => ({
        id: `n${n}`,
        contactUrl: MAYA,
        kind: 'meeting-held' as const,
        at: new Date(2026, 4, 1, 12, -n).getTime(),
        note: `Note ${n}`,
      })),
    );
    const root = await mount(<JournalSection />);
    await background.idle();
    expect(root.querySelectorAll('.journal-entry')).toHaveLength(200);
    await click(button(root, 'Show older notes'));
    await background.idle();
    expect(sendMock).toHaveBeenLastCalledWith('ui:listJournal', { limit: 400 });
    expect(root.querySelectorAll('.journal-entry')).toHaveLength(250);
    expect(buttons(root, 'Show older notes')).toHaveLength(0);
  });

  it('shows what several people told you, the advice behind it, and makes it an action item', async () => {
    const themes: JournalTheme[] = [
      {
        label: 'AWS certification',
        people: [
          { url: MAYA, name: 'Maya Okafor' },
          { url: LEO, name: 'Leo Park' },
        ],
        advice: [
          {
            interactionId: 'a',
            contactUrl: MAYA,
            contactName: 'Maya Okafor',
            text: 'Get the AWS cert',
            at: 1,
          },
          {
            interactionId: 'b',
            contactUrl: LEO,
            contactName: 'Leo Park',
            text: 'AWS certified helps',
            at: 2,
          },
        ],
      },
    ];
    // The themes as the background would find them; everything else goes to the real handlers.
    const real = sendMock.getMockImplementation() as (type: string, data: unknown) => Promise<unknown>;
    sendMock.mockImplementation(async (type: string, data: unknown) =>
      type === 'ui:listThemes' ? themes : real(type, data),
    );
    const root = await mount(<JournalSection />);
    await background.idle();
    const theme = root.querySelector('[data-testid="journal-theme"]') as HTMLElement;
    expect(text(theme.querySelector('summary') as HTMLElement)).toBe('2 people told you: AWS certification');
    expect(text(theme)).toContain('“AWS certified helps” — Leo Park');
    await click(button(theme, 'Make it an action item'));
    await background.idle();
    expect(sendMock).toHaveBeenCalledWith(
      'ui:saveActionItem',
      expect.objectContaining({
        contactUrl: LEO,
        title: 'Act on the advice: AWS certification',
        advice: 'AWS certified helps',
      }),
    );
    expect(text(theme)).toContain('Added to your action items, with Leo Park.');
  });
});
