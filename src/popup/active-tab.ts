import browser from 'webextension-polyfill';

export interface PageTab {
  id: number;
  /** Empty when Rapport may not see the tab's address (any site but LinkedIn). */
  url: string;
}

/**
 * The page the popup is about. Normally the active tab; when the popup itself is open in a tab (pinned,
 * or opened by keyboard users), the most recently used page Rapport can see instead.
 */
export async function findPageTab(): Promise<PageTab | undefined> {
  const [self, [active]] = await Promise.all([
    browser.tabs.getCurrent(),
    browser.tabs.query({ active: true, currentWindow: true }),
  ]);
  if (active?.id !== undefined && active.id !== self?.id) return { id: active.id, url: active.url ?? '' };
  const own = browser.runtime.getURL('');
  const tabs = await browser.tabs.query({});
  const pages = tabs
    .filter((t) => t.id !== undefined && t.id !== self?.id && t.url && !t.url.startsWith(own))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const page = pages[0];
  return page?.id !== undefined ? { id: page.id, url: page.url ?? '' } : undefined;
}
