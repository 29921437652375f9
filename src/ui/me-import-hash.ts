/**
 * "This is me" opens the options page at #me-from-tab=<tabId>: the tab whose LinkedIn profile is the
 * user's own, to read into My profile.
 */
const PREFIX = '#me-from-tab=';

export const OPTIONS_PAGE = 'src/options/index.html';

export function meImportHash(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

/** The tab named by the options page's hash, or undefined when the hash is not a "This is me" one. */
export function tabIdFromHash(hash: string): number | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  const id = hash.slice(PREFIX.length);
  return /^\d{1,10}$/.test(id) ? Number(id) : undefined;
}
