import { describe, expect, it } from 'vitest';
import type { TabInfo } from '../shared/page-tab';
import { popupStateRequest, popupStateRequestWithTab } from './popup-state-request';

const views = (...list: object[]) => ({
  extension: { getViews: ({ type }: { type: 'popup' }) => (type === 'popup' ? list : []) as Window[] },
});

describe('popupStateRequest', () => {
  const self = {} as Window;

  it('asks about the active tab when this page is the toolbar popup', () => {
    expect(popupStateRequest(views(self), self)).toEqual({ popupInTab: false, recentLimit: 8 });
  });

  it('asks about the last LinkedIn tab used when the popup page was opened in a tab of its own', () => {
    expect(popupStateRequest(views(), self)).toEqual({ popupInTab: true, recentLimit: 8 });
    expect(popupStateRequest(views({}), self).popupInTab).toBe(true);
  });
});

describe('popupStateRequestWithTab', () => {
  const self = {} as Window;
  const api = (tabs: TabInfo[], asked: object[] = []) => ({
    ...views(self),
    tabs: {
      query: async (query: object) => {
        asked.push(query);
        return tabs;
      },
    },
    runtime: { getURL: (path: string) => `chrome-extension://rapport/${path}` },
  });

  it("names the active tab of the popup's own window, so the worker answers about the same page", async () => {
    const asked: object[] = [];
    const request = await popupStateRequestWithTab(api([{ id: 7, url: 'https://x.test/' }], asked), self);
    expect(request).toEqual({ popupInTab: false, recentLimit: 8, tabId: 7 });
    expect(asked).toEqual([{ active: true, currentWindow: true }]);
  });

  it('names no tab when the window has none, and the background looks instead', async () => {
    expect(await popupStateRequestWithTab(api([]), self)).toEqual({ popupInTab: false, recentLimit: 8 });
  });
});
