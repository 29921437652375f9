// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, unmountAll } from '../../tests/support/test-dom';
import { ActionItemForm } from './ActionItemForm';
import { InteractionForm } from './InteractionForm';
import { SnoozeControl } from './SnoozeControl';

vi.mock('./messages', () => ({ send: vi.fn() }));
afterEach(unmountAll);

const MAYA = 'https://www.linkedin.com/in/maya/';
async function escapeIn(el: Element | null) {
  await act(() => {
    el?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  });
}

describe('Escape closes an open form', () => {
  it('closes the action item and interaction forms from any field', async () => {
    const closeItem = vi.fn();
    const item = await mount(<ActionItemForm contactUrl={MAYA} onSaved={vi.fn()} onCancel={closeItem} />);
    await escapeIn(item.querySelector('input'));
    expect(closeItem).toHaveBeenCalledOnce();

    const closeLog = vi.fn();
    const log = await mount(
      <InteractionForm
        contactUrl={MAYA}
        kind="note"
        interactions={[]}
        onSaved={vi.fn()}
        onCancel={closeLog}
      />,
    );
    await escapeIn(log.querySelector('textarea, input'));
    expect(closeLog).toHaveBeenCalledOnce();
  });

  it('closes the snooze menu and returns to its button', async () => {
    const root = await mount(<SnoozeControl describedBy="x" onSnooze={vi.fn()} />);
    const details = root.querySelector('details') as HTMLDetailsElement;
    details.open = true;
    await escapeIn(root.querySelector('input'));
    expect(details.open).toBe(false);
    expect(document.activeElement?.tagName).toBe('SUMMARY');
  });
});
