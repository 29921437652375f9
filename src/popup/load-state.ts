import browser from 'webextension-polyfill';
import type { PopupState } from '../shared/protocol';
import { send } from '../ui/messages';
import { awaitEarlyPopupState, type FirstState } from './early-popup-state';
import { EARLY_REQUEST_MARK, popupStateRequestWithTab, STATE_RECEIVED_MARK } from './popup-state-request';

/** What the popup shows, in one message: the background also works out which page it is about. */
export async function loadState(): Promise<PopupState> {
  return send('ui:getPopupState', await popupStateRequestWithTab(browser, window));
}

/**
 * Settles once the early script has run or failed to load; undefined when there is none to wait for.
 * It is loaded `async`, so now and then the popup's own code runs before it.
 */
function earlyScriptDone(): Promise<void> | undefined {
  if (performance.getEntriesByName(EARLY_REQUEST_MARK).length > 0) return Promise.resolve();
  const script = document.querySelector('script[src*="early-request"]');
  if (!script) return undefined;
  return new Promise((resolve) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => resolve(), { once: true });
  });
}

/**
 * The state to open with: the one the early request (src/popup/early-request.ts) read from the database,
 * even when the popup's code is first to run; the background's answer only when that read cannot answer.
 */
export function loadFirstState(): Promise<FirstState> {
  return awaitEarlyPopupState(earlyScriptDone(), () =>
    loadState().then((state) => {
      performance.mark(STATE_RECEIVED_MARK);
      return { state, direct: false };
    }),
  );
}
