import type { PopupState } from '../shared/protocol';
import { send } from '../shared/ui/messages';
import { findPageTab, type PageTab } from './active-tab';

const RECENT_LIMIT = 8;

export interface LoadedPopup extends PopupState {
  tab?: PageTab;
}

/** What the popup shows first: the page it is about, then one message for everything else. */
export async function loadState(): Promise<LoadedPopup> {
  const tab = await findPageTab();
  const state = await send('ui:getPopupState', {
    ...(tab?.url ? { pageUrl: tab.url } : {}),
    recentLimit: RECENT_LIMIT,
  });
  return { ...state, ...(tab ? { tab } : {}) };
}
