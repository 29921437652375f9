// Runs before the popup's own code has loaded, as a script of its own that loads nothing else: the
// background reads the database while the browser is still loading the popup's code.
import { createSender } from '../shared/send-message';
import { keepEarlyPopupState } from './early-popup-state';
import { popupStateRequest, STATE_RECEIVED_MARK } from './popup-state-request';

// Firefox has `browser` with promises; Chrome's MV3 `chrome` returns promises too. No polyfill: this
// script must be small to be early.
declare const browser: typeof chrome | undefined;
const api = typeof browser !== 'undefined' ? browser : chrome;
const send = createSender((message) => api.runtime.sendMessage(message));

keepEarlyPopupState(
  send('ui:getPopupState', popupStateRequest(api, window)).then((state) => {
    performance.mark(STATE_RECEIVED_MARK);
    return state;
  }),
);
