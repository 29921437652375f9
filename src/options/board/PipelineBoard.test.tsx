// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, click, mount, settle, unmountAll } from '../../../tests/support/test-dom';
import type { Stage } from '../../shared/contact';
import type { ContactSummary } from '../../shared/protocol';
import { send } from '../../ui/messages';
import { PipelineBoard } from './PipelineBoard';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

const person = (slug: string, name: string, stage: Stage): ContactSummary => ({
  url: `https://www.linkedin.com/in/${slug}/`,
  name,
  stage,
  capturedAt: 1,
  updatedAt: 1,
});

let people: ContactSummary[];
beforeEach(() => {
  people = [person('maya', 'Maya Okafor', 'met'), person('leo', 'Leo Park', 'to-contact')];
  sendMock.mockReset();
  sendMock.mockImplementation(async (type: string, data: { stage?: Stage; url?: string; id?: string }) => {
    if (type === 'ui:listContacts') return people.filter((p) => p.stage === data.stage);
    if (type === 'ui:moveToStage') {
      people = people.map((p) => (p.url === data.url ? { ...p, stage: data.stage as Stage } : p));
      return { stage: data.stage, logged: ['i1', 'i2'] };
    }
    if (type === 'ui:deleteInteraction') return { deleted: true };
    throw new Error(`unexpected ${type}`);
  });
});
afterEach(unmountAll);

const column = (root: Element, stage: Stage) => root.querySelector(`[data-stage="${stage}"]`) as HTMLElement;
const names = (root: Element, stage: Stage) =>
  [...column(root, stage).querySelectorAll('.board-card-name')].map((a) => a.textContent);
const calls = (type: string) => sendMock.mock.calls.filter(([t]) => t === type).map(([, d]) => d);

async function choose(select: HTMLSelectElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('PipelineBoard', () => {
  it('shows a column per stage with a card per person', async () => {
    const root = await mount(<PipelineBoard />);
    expect([...root.querySelectorAll('.board-column h3')].map((h) => h.textContent)).toEqual([
      'To contact 1',
      'Asked 0',
      'Scheduled 0',
      'Met 1',
      'Thanked 0',
      'In touch 0',
    ]);
    expect(names(root, 'met')).toEqual(['Maya Okafor']);
  });

  it('moves a card by its menu, offering only later stages, and undoes the move', async () => {
    const root = await mount(<PipelineBoard />);
    const menu = column(root, 'met').querySelector('select') as HTMLSelectElement;
    expect(menu.getAttribute('aria-label')).toBe('Move Maya Okafor to');
    expect([...menu.options].map((o) => o.value)).toEqual(['', 'thanked', 'in-touch']);
    await choose(menu, 'thanked');
    expect(calls('ui:moveToStage')).toEqual([{ url: 'https://www.linkedin.com/in/maya/', stage: 'thanked' }]);
    expect(names(root, 'thanked')).toEqual(['Maya Okafor']);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Maya Okafor is now thanked');
    await click(button(root, 'Undo'));
    expect(calls('ui:deleteInteraction')).toEqual([{ id: 'i2' }, { id: 'i1' }]);
  });

  it('moves a card dropped on a later column, and ignores a drop on an earlier one', async () => {
    const root = await mount(<PipelineBoard />);
    const card = column(root, 'met').querySelector('.board-card') as HTMLElement;
    const drag = async (target: HTMLElement) => {
      await act(() => {
        card.dispatchEvent(new Event('dragstart', { bubbles: true }));
      });
      await act(() => {
        target.dispatchEvent(new Event('dragover', { bubbles: true, cancelable: true }));
        target.dispatchEvent(new Event('drop', { bubbles: true, cancelable: true }));
      });
      await settle();
    };
    await drag(column(root, 'asked'));
    expect(calls('ui:moveToStage')).toEqual([]);
    await drag(column(root, 'in-touch'));
    expect(calls('ui:moveToStage')).toEqual([
      { url: 'https://www.linkedin.com/in/maya/', stage: 'in-touch' },
    ]);
  });

  it('shows why a move failed', async () => {
    sendMock.mockImplementationOnce(async () => [people[1]]);
    const root = await mount(<PipelineBoard />);
    sendMock.mockImplementation(async (type: string) => {
      if (type === 'ui:moveToStage') throw new Error('Leo Park is already met');
      return [];
    });
    await choose(column(root, 'to-contact').querySelector('select') as HTMLSelectElement, 'asked');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('already met');
  });
});
