import { canonicalProfileUrl } from '../shared/profile-url';
import { READ_PROFILE_REQUEST } from '../shared/protocol';
import { createSender } from '../shared/send-message';
import { extractProfile } from './extract';
import { isOwnersPage, type Reading, readingShape } from './page-ready';
import { waitForProfile } from './wait-for-profile';

// Firefox has `browser` with promises; Chrome's MV3 `chrome` returns promises too. No polyfill here:
// the content script runs on every profile view and stays tiny.
declare const browser: typeof chrome | undefined;
const api = typeof browser !== 'undefined' ? browser : chrome;
const send = createSender((message) => api.runtime.sendMessage(message));

/** The person captured last in this tab: LinkedIn reuses the page for the next person. */
let captured: { url: string; name: string } | undefined;

const read = (): Reading => extractProfile(document, location.href);

async function captureCurrentPage(): Promise<void> {
  const pageUrl = location.href;
  const owner = canonicalProfileUrl(pageUrl);
  if (!owner) return;
  const reading = await waitForProfile(
    read,
    (r) => isOwnersPage(document, r, owner, captured),
    () => location.href === pageUrl,
  );
  // Nothing provably this person's: saving nothing beats saving the last person under their name.
  if (!reading) return;
  captured = { url: owner, name: reading.profile.name };
  await save(reading, pageUrl);
  watchForMore(owner, pageUrl, readingShape(reading));
}

async function save(reading: Reading, pageUrl: string): Promise<void> {
  try {
    await send('capture:saveProfile', { ...reading, pageUrl });
  } catch {
    // The background refused it and wrote nothing; the popup offers to capture again.
  }
}

const WATCH_MS = 2000;
const WATCH_FOR_MS = 120_000;

/**
 * LinkedIn loads the lower sections of a profile as the user scrolls to them. For a while after a
 * capture, what has appeared since is captured too (the background merges it), until the user leaves.
 */
function watchForMore(owner: string, pageUrl: string, shape: string): void {
  const started = Date.now();
  let last = shape;
  const timer = setInterval(() => {
    if (location.href !== pageUrl || Date.now() - started > WATCH_FOR_MS) return clearInterval(timer);
    const reading = read();
    const next = readingShape(reading);
    if (next === last || !isOwnersPage(document, reading, owner, captured)) return;
    last = next;
    void save(reading, pageUrl);
  }, WATCH_MS);
}

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
