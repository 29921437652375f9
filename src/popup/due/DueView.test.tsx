// @vitest-environment happy-dom

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeHandlers, fakeBackground } from '../../../tests/support/fake-background';
import {
  button,
  buttons,
  click,
  field,
  mount,
  settle,
  submit,
  type,
  unmountAll,
} from '../../../tests/support/test-dom';
import type { FollowUp } from '../../shared/interaction';
import type { DueItem } from '../../shared/protocol';
import { defaultSettings } from '../../shared/settings';
import { announceFollowUpsChanged } from '../../ui/follow-through-events';
import { send } from '../../ui/messages';
import { DueView } from './DueView';
import { useDueCount } from './due-count';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const MAYA = 'https://www.linkedin.com/in/maya/';
const LEO = 'https://www.linkedin.com/in/leo/';

function item(
  contactUrl: string,
  contactName: string,
  f: Partial<FollowUp> & Pick<FollowUp, 'id' | 'kind'>,
  overdue = false,
): DueItem {
  return { followUp: { contactUrl, dueAt: Date.now() - HOUR, status: 'open', ...f }, contactName, overdue };
}

let due: DueItem[];
let handlers: FakeHandlers;

beforeEach(() => {
  due = [
    item(
      MAYA,
      'Maya Okafor',
      {
        id: 'thank-you:maya:m1',
        kind: 'thank-you',
        title: 'Send a thank-you note',
        dueAt: Date.now() - 27 * HOUR,
        overdueAt: Date.now() - 3 * HOUR,
      },
      true,
    ),
    item(LEO, 'Leo Park', {
      id: 'reply-nudge:leo:o1#1',
      kind: 'reply-nudge',
      title: 'Nudge: no reply yet (1 of 2)',
      dueAt: Date.now() - 2 * HOUR,
    }),
    item(LEO, 'Leo Park', { id: 'action-item:leo:x', kind: 'action-item', title: 'Send my portfolio' }),
  ];
  handlers = {
    'ui:listDue': () => due,
    'ui:listUpcoming': () => due,
    'ui:getSettings': () => defaultSettings(),
    'ui:logInteraction': (d) => ({ ...d, id: 'new-1' }),
    'ui:deleteInteraction': () => ({ deleted: true }),
    'ui:actOnFollowUp': (d) => ({ contactUrl: (d as { contactUrl: string }).contactUrl }),
  };
  sendMock.mockReset();
  fakeBackground(sendMock, () => handlers);
});

afterEach(unmountAll);

const calls = (type: string) => sendMock.mock.calls.filter(([t]) => t === type).map(([, d]) => d);
const rows = (root: Element) => [...root.querySelectorAll<HTMLElement>('[data-testid="follow-up"]')];

describe('DueView', () => {
  it('says nothing is due, and what Rapport will remind about', async () => {
    due = [];
    const root = await mount(<DueView />);
    expect(root.textContent).toContain('Nothing due today');
    expect(root.textContent).toContain('a thank-you within 24 hours of a meeting');
    expect(root.textContent).toContain('a check-in every 90 days');
  });

  it('lists overdue first and marks it so, in words and not only colour', async () => {
    const root = await mount(<DueView />);
    const [first, second] = rows(root);
    expect(first?.classList.contains('overdue')).toBe(true);
    expect(first?.textContent).toContain('Overdue');
    expect(first?.textContent).toContain('Maya Okafor');
    expect(first?.textContent).toContain('3 hours overdue');
    expect(first?.querySelector('time')?.getAttribute('title')).toBeTruthy();
    expect(second?.classList.contains('overdue')).toBe(false);
    expect(root.querySelector('h2')?.textContent).toContain('3 due, 1 overdue');
  });

  it('"Mark sent" logs the thank-you, reloads, and can be undone', async () => {
    const root = await mount(<DueView />);
    const before = calls('ui:listUpcoming').length;
    await click(button(rows(root)[0] as HTMLElement, 'Mark sent'));
    expect(calls('ui:logInteraction')).toEqual([
      { contactUrl: MAYA, kind: 'thank-you-sent', at: expect.any(Number) },
    ]);
    expect(calls('ui:listUpcoming').length).toBeGreaterThan(before);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Thank-you for Maya Okafor marked sent.');
    await click(button(root, 'Undo'));
    expect(calls('ui:deleteInteraction')).toEqual([{ id: 'new-1' }]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Undone.');
  });

  it('a reply nudge is paid by another outreach message', async () => {
    const root = await mount(<DueView />);
    await click(button(rows(root)[1] as HTMLElement, 'Mark sent'));
    expect(calls('ui:logInteraction')).toEqual([
      { contactUrl: LEO, kind: 'outreach-sent', at: expect.any(Number) },
    ]);
  });

  it('an action item is marked done, and undone by reopening', async () => {
    const root = await mount(<DueView />);
    await click(button(rows(root)[2] as HTMLElement, 'Done'));
    expect(calls('ui:actOnFollowUp')).toEqual([{ id: 'action-item:leo:x', contactUrl: LEO, action: 'done' }]);
    await click(button(root, 'Undo'));
    expect(calls('ui:actOnFollowUp')[1]).toEqual({
      id: 'action-item:leo:x',
      contactUrl: LEO,
      action: 'reopen',
    });
  });

  it('snoozes for a day, a week, or until a chosen morning, and dismisses', async () => {
    const root = await mount(<DueView />);
    const row = rows(root)[1] as HTMLElement;
    const start = Date.now();
    await click(button(row, '1 day'));
    await click(button(rows(root)[1] as HTMLElement, '1 week'));
    const picked = rows(root)[1] as HTMLElement;
    await type(field(picked, 'Until'), '2099-05-04');
    await submit(picked.querySelector('form.snooze-date') as HTMLFormElement);
    await click(button(rows(root)[1] as HTMLElement, 'Dismiss'));
    const acts = calls('ui:actOnFollowUp') as { action: string; until?: number }[];
    expect(acts.map((a) => a.action)).toEqual(['snooze', 'snooze', 'snooze', 'dismiss']);
    expect(acts[0]?.until).toBeGreaterThanOrEqual(start + DAY);
    expect(acts[0]?.until).toBeLessThan(start + DAY + 5000);
    expect(acts[1]?.until).toBeGreaterThanOrEqual(start + 7 * DAY);
    expect(acts[2]?.until).toBe(new Date(2099, 4, 4, 9).getTime());
  });

  it('refuses to snooze until a day already gone', async () => {
    const root = await mount(<DueView />);
    const row = rows(root)[1] as HTMLElement;
    await type(field(row, 'Until'), '2001-01-01');
    await submit(row.querySelector('form.snooze-date') as HTMLFormElement);
    expect(row.querySelector('[role="alert"]')?.textContent).toBe('Choose a day after today.');
    expect(calls('ui:actOnFollowUp')).toEqual([]);
  });

  it('shows why an action failed and keeps the follow-up', async () => {
    handlers['ui:logInteraction'] = () => {
      throw new Error('Save this person before logging a conversation with them');
    };
    const root = await mount(<DueView />);
    await click(button(rows(root)[0] as HTMLElement, 'Mark sent'));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Save this person before');
    expect(rows(root)).toHaveLength(3);
    expect(buttons(root, 'Undo')).toHaveLength(0);
  });

  it('asks for the next 14 days and shows them by day after overdue and today', async () => {
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    tomorrow.setHours(10, 0, 0, 0);
    const later = new Date();
    later.setDate(later.getDate() + 5);
    later.setHours(10, 0, 0, 0);
    due.push(
      item(LEO, 'Leo Park', {
        id: 'check-in:leo',
        kind: 'check-in',
        title: 'Check in',
        dueAt: later.getTime(),
      }),
      item(MAYA, 'Maya Okafor', {
        id: 'keep-posted:maya',
        kind: 'keep-posted',
        title: 'Keep them posted',
        dueAt: tomorrow.getTime(),
      }),
    );
    const root = await mount(<DueView />);
    expect(calls('ui:listUpcoming')).toEqual([{ days: 14 }]);
    const days = [...root.querySelectorAll('.upcoming-day')].map((d) => [
      d.querySelector('h3')?.textContent,
      d.querySelectorAll('[data-testid="follow-up"]').length,
    ]);
    expect(days).toEqual([
      ['Overdue · 1', 1],
      ['Today · 2', 2],
      ['Tomorrow · 1', 1],
      [`${later.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })} · 1`, 1],
    ]);
    expect(root.querySelector('h2')?.textContent).toContain('3 due, 1 overdue, 2 coming up');
  });

  it('says nothing is due today when only later days have something', async () => {
    const later = new Date();
    later.setDate(later.getDate() + 2);
    due = [item(LEO, 'Leo Park', { id: 'check-in:leo', kind: 'check-in', dueAt: later.getTime() })];
    const root = await mount(<DueView />);
    expect(root.textContent).toContain('Nothing due today.');
    expect(rows(root)).toHaveLength(1);
  });

  it('opens the person when their name is chosen', async () => {
    const open = vi.fn();
    const root = await mount(<DueView onOpenContact={open} />);
    await click(button(rows(root)[0] as HTMLElement, 'Maya Okafor'));
    expect(open).toHaveBeenCalledWith(MAYA);
  });

  it('offers to try again when the list cannot be loaded', async () => {
    handlers['ui:listUpcoming'] = () => {
      throw new Error('No reply from Rapport');
    };
    const root = await mount(<DueView />);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('No reply from Rapport');
    handlers['ui:listUpcoming'] = () => due;
    await click(button(root, 'Try again'));
    expect(rows(root)).toHaveLength(3);
  });
});

describe('useDueCount', () => {
  function Count() {
    const count = useDueCount();
    return <span>{count === undefined ? 'unknown' : count}</span>;
  }

  it('counts what is due and follows changes made anywhere on the page', async () => {
    const root = await mount(<Count />);
    expect(root.textContent).toBe('3');
    due = due.slice(1);
    announceFollowUpsChanged();
    await settle();
    expect(root.textContent).toBe('2');
  });
});
