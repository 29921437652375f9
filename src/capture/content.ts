import { type Envelope, READ_PROFILE_REQUEST } from '../shared/protocol';
import { createDelivery } from './deliver';
import { extractProfile } from './extract';
import { createPageCapture } from './page-capture';
import type { Reading } from './page-ready';

// Firefox has `browser` with promises; Chrome's MV3 `chrome` returns promises too. No polyfill here:
// the content script runs on every profile view and stays tiny.
declare const browser: typeof chrome | undefined;
const api = typeof browser !== 'undefined' ? browser : chrome;
const deliver = createDelivery((message) => api.runtime.sendMessage(message));

const read = (): Reading => extractProfile(document, location.href);

const captureCurrentPage = createPageCapture({
  doc: document,
  href: () => location.href,
  read,
  save: async (reading, pageUrl) => {
    const message: Envelope<'capture:saveProfile'> = {
      type: 'capture:saveProfile',
      data: { ...reading, pageUrl },
    };
    // A refusal wrote nothing, and a capture still lost after every retry is the popup's to offer again.
    await deliver(pageUrl, message);
  },
});

// The background asks for a fresh read when the user saves from the popup or the context menu.
api.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  if ((message as { type?: unknown } | null)?.type !== READ_PROFILE_REQUEST.type) return false;
  sendResponse({ ...read(), pageUrl: location.href });
  return false;
});

let lastUrl = location.href;
function onPossibleNavigation(): void {
  if (location.href === lastUrl) return;
  lastUrl = location.href;
  void captureCurrentPage();
}
// LinkedIn changes the URL with history.pushState, which an isolated content script cannot hook:
// watching the document for changes catches every navigation, and the check above is cheap.
new MutationObserver(onPossibleNavigation).observe(document, { childList: true, subtree: true });
addEventListener('popstate', onPossibleNavigation);
// A navigation whose page was swapped in before its address changed causes no later mutation.
setInterval(onPossibleNavigation, 1000);

void captureCurrentPage();
