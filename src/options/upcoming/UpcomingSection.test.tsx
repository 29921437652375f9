// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, click, mount, unmountAll } from '../../../tests/support/test-dom';
import type { FollowUp } from '../../shared/interaction';
import type { DueItem } from '../../shared/protocol';
import { contactPageHash } from '../../shared/routes';
import { send } from '../../ui/messages';
import { UpcomingSection } from './UpcomingSection';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;
const MAYA = 'https://www.linkedin.com/in/maya/';

const inDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  d.setHours(11, 0, 0, 0);
  return d.getTime();
};
const item = (id: string, dueAt: number, extra: Partial<FollowUp> = {}, overdue = false): DueItem => ({
  followUp: { id, contactUrl: MAYA, kind: 'check-in', title: id, dueAt, status: 'open', ...extra },
  contactName: 'Maya Okafor',
  overdue,
});

let items: DueItem[];
beforeEach(() => {
  items = [
    item('late', inDays(-3), { overdueAt: inDays(-2) }, true),
    item('in three days', inDays(3)),
    item('in ten days', inDays(10)),
  ];
  sendMock.mockReset();
  sendMock.mockImplementation(async (type: string) => {
    if (type === 'ui:listUpcoming') return items;
    throw new Error(`unexpected ${type}`);
  });
  location.hash = '#upcoming';
});
afterEach(unmountAll);

describe('UpcomingSection', () => {
  it('lists overdue and each coming day under its own heading, and opens the person', async () => {
    const root = await mount(<UpcomingSection />);
    const headings = [...root.querySelectorAll('.upcoming-day h3')].map((h) => h.textContent);
    expect(headings[0]).toBe('Overdue · 1');
    expect(headings).toHaveLength(3);
    expect(headings[2]).toContain(new Date(inDays(10)).toLocaleDateString(undefined, { weekday: 'long' }));
    await click(button(root.querySelector('.upcoming-day') as HTMLElement, 'Maya Okafor'));
    expect(location.hash).toBe(contactPageHash(MAYA));
  });

  it('says when nothing is owed in the next two weeks', async () => {
    items = [];
    const root = await mount(<UpcomingSection />);
    expect(root.textContent).toContain('Nothing owed in the next 14 days');
  });
});
