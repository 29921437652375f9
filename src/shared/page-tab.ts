import type { PageTab } from './protocol';

export interface TabInfo {
  id?: number;
  url?: string;
  lastAccessed?: number;
}

export type QueryTabs = (query: { active?: boolean; currentWindow?: boolean }) => Promise<TabInfo[]>;

/**
 * The page the popup is about: the active tab of the popup's own window (asked from the popup; asked from
 * the worker, the window last focused). When the popup is itself open in a
 * tab (pinned, or opened by keyboard users), that active tab is Rapport's own page, so it is the most
 * recently used page Rapport can see instead.
 */
export async function findPageTab(
  query: QueryTabs,
  ownOrigin: string,
  popupInTab: boolean,
): Promise<PageTab | undefined> {
  if (!popupInTab) {
    const [active] = await query({ active: true, currentWindow: true });
    return active?.id !== undefined ? { id: active.id, url: active.url ?? '' } : undefined;
  }
  const pages = (await query({}))
    .filter((t) => t.id !== undefined && t.url && !t.url.startsWith(ownOrigin))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const page = pages[0];
  return page?.id !== undefined ? { id: page.id, url: page.url ?? '' } : undefined;
}
