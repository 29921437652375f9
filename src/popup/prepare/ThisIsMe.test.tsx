// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { button, click, mount, unmountAll } from '../../../tests/support/test-dom';
import { ThisIsMeButton } from './ThisIsMe';

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getURL: (path: string) => `chrome-extension://rapport/${path}` },
    tabs: { create: vi.fn(async () => ({})) },
  },
}));

afterEach(() => unmountAll());

describe('This is me', () => {
  it('opens the options page to read My profile from the tab', async () => {
    const root = await mount(<ThisIsMeButton tabId={42} />);
    await click(button(root, 'This is me'));
    expect(browser.tabs.create).toHaveBeenCalledWith({
      url: 'chrome-extension://rapport/src/options/index.html#me-from-tab=42',
    });
  });
});
