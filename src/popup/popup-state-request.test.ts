import { describe, expect, it } from 'vitest';
import { popupStateRequest } from './popup-state-request';

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
