// @vitest-environment happy-dom

import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mount, unmountAll } from '../../tests/support/test-dom';
import { ViewTabs } from './ViewTabs';

afterEach(unmountAll);

function Tabs() {
  const [tab, setTab] = useState<'a' | 'b' | 'c'>('a');
  return (
    <ViewTabs
      label="Views"
      selected={tab}
      onSelect={setTab}
      tabs={[
        { id: 'a', label: 'One' },
        { id: 'b', label: 'Two' },
        { id: 'c', label: 'Three' },
      ]}
    />
  );
}

const tabs = (root: Element) => [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
const selected = (root: Element) =>
  tabs(root).find((t) => t.getAttribute('aria-selected') === 'true')?.textContent;
async function press(root: Element, key: string) {
  await act(() => {
    root
      .querySelector('[role="tablist"]')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

describe('ViewTabs', () => {
  it('is one tab stop, moved with the arrow keys, Home and End, wrapping round', async () => {
    const root = await mount(<Tabs />);
    expect(tabs(root).map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    await press(root, 'ArrowRight');
    expect(selected(root)).toBe('Two');
    expect(document.activeElement?.textContent).toBe('Two');
    expect(tabs(root).map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
    await press(root, 'End');
    expect(selected(root)).toBe('Three');
    await press(root, 'ArrowRight');
    expect(selected(root)).toBe('One');
    await press(root, 'ArrowLeft');
    expect(selected(root)).toBe('Three');
    await press(root, 'Home');
    expect(selected(root)).toBe('One');
    expect(tabs(root)[0]?.getAttribute('aria-controls')).toBe('view-panel-a');
  });
});
