// Runs before the popup's own code has loaded, as a script of its own that loads nothing else. It reads
// the popup's first state from the database itself, so a sleeping worker is not woken and waited for;
// when that read cannot answer (see read-popup-state.ts), it asks the background instead.
import { POPUP_INTENT_KEY } from '../shared/popup-intent-key';
import { createSender } from '../shared/send-message';
import { keepEarlyPopupState } from './early-popup-state';
import {
  EARLY_REQUEST_MARK,
  popupStateRequest,
  popupStateRequestWithTab,
  STATE_DIRECT_MARK,
  STATE_RECEIVED_MARK,
} from './popup-state-request';
import { readPopupStateDirectly } from './read-popup-state';

// Firefox has `browser` with promises; Chrome's MV3 `chrome` returns promises too. No polyfill: this
// script must be small to be early.
declare const browser: typeof chrome | undefined;
performance.mark(EARLY_REQUEST_MARK);
const api = typeof browser !== 'undefined' ? browser : chrome;
const send = createSender((message) => api.runtime.sendMessage(message));
const request = popupStateRequest(api, window);

const direct = readPopupStateDirectly(
  {
    idb: indexedDB,
    queryTabs: (query) => api.tabs.query(query),
    ownOrigin: api.runtime.getURL(''),
    now: Date.now(),
    waitingIntent: () =>
      api.storage.session.get(POPUP_INTENT_KEY).then((items) => items[POPUP_INTENT_KEY] as unknown),
  },
  request,
).catch(() => null);

keepEarlyPopupState(
  direct.then((state) => {
    if (state) {
      performance.mark(STATE_DIRECT_MARK);
      return { state, direct: true };
    }
    return popupStateRequestWithTab(api, window)
      .then((withTab) => send('ui:getPopupState', withTab))
      .then((answer) => {
        performance.mark(STATE_RECEIVED_MARK);
        return { state: answer, direct: false };
      });
  }),
);
