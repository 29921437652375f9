import browser from 'webextension-polyfill';
import type { PopupState } from '../shared/protocol';
import { send } from '../ui/messages';
import { takeEarlyPopupState } from './early-popup-state';
import { popupStateRequest, STATE_RECEIVED_MARK } from './popup-state-request';

/** What the popup shows, in one message: the background also works out which page it is about. */
export function loadState(): Promise<PopupState> {
  return send('ui:getPopupState', popupStateRequest(browser, window)).then((state) => {
    performance.mark(STATE_RECEIVED_MARK);
    return state;
  });
}

/** The state to open with: usually already asked for by the early request (src/popup/early-request.ts). */
export function loadFirstState(): Promise<PopupState> {
  return takeEarlyPopupState() ?? loadState();
}
