const SETTLE_MS = 300;
const GIVE_UP_MS = 15_000;

function shownName(doc: Document): string {
  return doc.querySelector('main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * Resolves true once the page shows a person's name that is not `previousName` and that name has held
 * for a moment (LinkedIn renders profiles after load and swaps them in place on navigation, so reading
 * at once would read nothing, or the last person). On a page with no visible heading at all, a first
 * capture is still attempted when time runs out; a navigation capture is not.
 */
export function waitForProfile(doc: Document, previousName: string | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    let settle: ReturnType<typeof setTimeout> | undefined;
    let candidate = '';
    const done = (ok: boolean) => {
      observer.disconnect();
      clearTimeout(settle);
      clearTimeout(giveUp);
      resolve(ok);
    };
    const check = () => {
      const name = shownName(doc);
      if (name === candidate) return;
      candidate = name;
      clearTimeout(settle);
      if (name && name !== previousName) settle = setTimeout(() => done(true), SETTLE_MS);
    };
    const observer = new MutationObserver(check);
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    const giveUp = setTimeout(() => done(previousName === undefined && !shownName(doc)), GIVE_UP_MS);
    check();
  });
}
