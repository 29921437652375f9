import { canonicalProfileUrl } from '../shared/profile-url';
import { isOwnersPage, type Reading, readingShape } from './page-ready';
import { waitForProfile } from './wait-for-profile';

export interface PageCaptureDeps {
  doc: ParentNode;
  /** The address the tab shows now. */
  href: () => string;
  read: () => Reading;
  /** Sends a reading to be stored; a refusal is the background's to report, never thrown here. */
  save: (reading: Reading, pageUrl: string) => Promise<void>;
}

const WATCH_MS = 2000;
const WATCH_FOR_MS = 120_000;

/**
 * Captures the person a profile page shows, as often as the tab moves to another person. The browser
 * and the page are injected, so the rules (never the last person under the next one's name; sections
 * LinkedIn loads later are captured too) are tested without either.
 */
export function createPageCapture({ doc, href, read, save }: PageCaptureDeps) {
  /** The person captured last in this tab: LinkedIn reuses the page for the next person. */
  let captured: { url: string; name: string } | undefined;

  /**
   * LinkedIn loads the lower sections of a profile as the user scrolls to them. For a while after a
   * capture, what has appeared since is captured too (the background merges it), until the user leaves.
   */
  function watchForMore(owner: string, pageUrl: string, shape: string): void {
    const started = Date.now();
    let last = shape;
    const timer = setInterval(() => {
      if (href() !== pageUrl || Date.now() - started > WATCH_FOR_MS) return clearInterval(timer);
      const reading = read();
      const next = readingShape(reading);
      if (next === last || !isOwnersPage(doc, reading, owner, captured)) return;
      last = next;
      void save(reading, pageUrl);
    }, WATCH_MS);
  }

  return async function captureCurrentPage(): Promise<void> {
    const pageUrl = href();
    const owner = canonicalProfileUrl(pageUrl);
    if (!owner) return;
    const reading = await waitForProfile(
      read,
      (r) => isOwnersPage(doc, r, owner, captured),
      () => href() === pageUrl,
    );
    // Nothing provably this person's: saving nothing beats saving the last person under their name.
    if (!reading) return;
    captured = { url: owner, name: reading.profile.name };
    await save(reading, pageUrl);
    watchForMore(owner, pageUrl, readingShape(reading));
  };
}
