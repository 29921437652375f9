import type { CaptureReport, ProfileSnapshot } from '../shared/profile';
import { canonicalProfileUrl } from '../shared/profile-url';
import { READ_PROFILE_REQUEST } from '../shared/protocol';
import { createSender } from '../shared/send-message';
import { extractProfile } from './extract';
import { waitForProfile } from './wait-for-profile';

// Firefox has `browser` with promises; Chrome's MV3 `chrome` returns promises too. No polyfill here:
// the content script runs on every profile view and stays tiny.
declare const browser: typeof chrome | undefined;
const api = typeof browser !== 'undefined' ? browser : chrome;
const send = createSender((message) => api.runtime.sendMessage(message));

let capturedUrl: string | undefined;
let capturedName: string | undefined;

function read(): { profile: ProfileSnapshot; report: CaptureReport } {
  return extractProfile(document, location.href);
}

async function captureCurrentPage(): Promise<void> {
  const pageUrl = location.href;
  const owner = canonicalProfileUrl(pageUrl);
  if (!owner) return;
  // After an in-page navigation LinkedIn swaps the person in place: wait until the page shows someone
  // other than the person captured before, or give up rather than save one person's data as another's.
  const previousName = owner === capturedUrl ? undefined : capturedName;
  const ready = await waitForProfile(document, previousName);
  if (!ready || location.href !== pageUrl) return;
  const { profile, report } = read();
  if (!profile.name || profile.url !== owner) return;
  capturedUrl = owner;
  capturedName = profile.name;
  try {
    await send('capture:saveProfile', { profile, report, pageUrl });
  } catch {
    // The background replies with an error when it refuses a capture; nothing was written, and the
    // popup offers to capture again.
  }
}

// The background asks for a fresh read when the user saves from the popup or the context menu.
api.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  if ((message as { type?: unknown } | null)?.type !== READ_PROFILE_REQUEST.type) return false;
  const { profile, report } = read();
  sendResponse({ profile, report, pageUrl: location.href });
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

void captureCurrentPage();
