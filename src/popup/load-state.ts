import browser from 'webextension-polyfill';
import type { PopupState } from '../shared/protocol';
import { send } from '../shared/ui/messages';

const RECENT_LIMIT = 8;

/** True when this page is the toolbar popup, false when it was opened in a tab of its own. */
function isToolbarPopup(): boolean {
  return browser.extension.getViews({ type: 'popup' }).includes(window);
}

/** What the popup shows first, in one message: the background also works out which page it is about. */
export function loadState(): Promise<PopupState> {
  return send('ui:getPopupState', { popupInTab: !isToolbarPopup(), recentLimit: RECENT_LIMIT });
}
