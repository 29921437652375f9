// @vitest-environment happy-dom

import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, click, mount, settle, unmountAll } from '../../tests/support/test-dom';
import { ActionMenu } from './ActionMenu';

afterEach(unmountAll);

function Row({ onPick }: { onPick: (action: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <ActionMenu
        label="Question actions"
        open={open}
        onOpenChange={setOpen}
        items={[
          { action: 'up', label: 'Move up', disabled: true, keepOpen: true, onSelect: () => onPick('up') },
          { action: 'down', label: 'Move down', keepOpen: true, onSelect: () => onPick('down') },
          { action: 'pin', label: 'Pin', keepOpen: true, onSelect: () => onPick('pin') },
          { action: 'hide', label: 'Hide', onSelect: () => onPick('hide') },
        ]}
      />
      <button type="button">Next thing</button>
    </div>
  );
}

async function press(key: string) {
  await act(() => {
    (document.activeElement as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
    );
  });
  await settle();
}
const focused = () => document.activeElement?.textContent;

describe('ActionMenu', () => {
  it('is one tab stop that opens a menu the arrow keys move through, skipping what cannot be done', async () => {
    const root = await mount(<Row onPick={vi.fn()} />);
    const trigger = button(root, 'Question actions');
    expect(trigger.getAttribute('aria-haspopup')).toBe('menu');
    expect(root.querySelector('[role="menu"]')).toBeNull();
    trigger.focus();
    await press('ArrowDown');
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    const menu = root.querySelector('[role="menu"]') as HTMLElement;
    expect(menu.getAttribute('aria-label')).toBe('Question actions');
    const items = [...menu.querySelectorAll('[role="menuitem"]')];
    expect(items.map((i) => i.getAttribute('tabindex'))).toEqual(['-1', '-1', '-1', '-1']);
    expect(focused()).toBe('Move down');
    await press('ArrowDown');
    expect(focused()).toBe('Pin');
    await press('End');
    expect(focused()).toBe('Hide');
    await press('ArrowDown');
    expect(focused()).toBe('Move down');
    await press('ArrowUp');
    expect(focused()).toBe('Hide');
    await press('Home');
    expect(focused()).toBe('Move down');
  });

  it('closes on Escape and puts focus back on its button; ArrowUp opens on the last item', async () => {
    const root = await mount(<Row onPick={vi.fn()} />);
    const trigger = button(root, 'Question actions');
    trigger.focus();
    await press('ArrowUp');
    expect(focused()).toBe('Hide');
    const outer = vi.fn();
    root.addEventListener('keydown', outer);
    await press('Escape');
    expect(root.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(outer).not.toHaveBeenCalled();
  });

  it('stays open for a step one repeats, and closes for the others', async () => {
    const picked: string[] = [];
    const root = await mount(<Row onPick={(a) => picked.push(a)} />);
    await click(button(root, 'Question actions'));
    await click(button(root, 'Move down'));
    expect(root.querySelector('[role="menu"]')).not.toBeNull();
    await click(button(root, 'Hide'));
    expect(root.querySelector('[role="menu"]')).toBeNull();
    expect(picked).toEqual(['down', 'hide']);
  });

  it('closes when a click lands elsewhere', async () => {
    const root = await mount(<Row onPick={vi.fn()} />);
    await click(button(root, 'Question actions'));
    await act(() => {
      document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    });
    await settle();
    expect(root.querySelector('[role="menu"]')).toBeNull();
  });
});
