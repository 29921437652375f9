/**
 * The extension's CSP is fixed at build time, so it cannot name the one sync server a user types in
 * later: it lets ws:// reach any port of this computer and wss:// any host. These declarativeNetRequest
 * rules narrow that at run time to the saved server alone: every WebSocket (and any XHR or other request
 * that got past the CSP) the extension itself starts is blocked, except to that server's scheme, host and
 * port. With sync off, nothing is allowed. Pure: the background installs what this returns.
 */

/** The subset of chrome.declarativeNetRequest.Rule these rules use (core code names no chrome.* types). */
export interface NetworkRule {
  id: number;
  priority: number;
  action: { type: 'block' | 'allow' };
  condition: {
    initiatorDomains: string[];
    resourceTypes: ('websocket' | 'xmlhttprequest' | 'other')[];
    regexFilter?: string;
  };
}

/** The ids these rules own; installing them replaces whatever these ids held before, so it is idempotent. */
export const SYNC_RULE_IDS = [1, 2] as const;
const [BLOCK_ID, ALLOW_ID] = SYNC_RULE_IDS;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const DEFAULT_PORTS: Record<string, string> = { 'ws:': '80', 'wss:': '443' };

/**
 * The one address the extension may reach: the server's scheme, host and port exactly (a URL names a
 * default port by leaving it out), any path under it.
 */
export function serverRegex(serverUrl: string): string {
  const url = new URL(serverUrl);
  const scheme = escapeRegex(url.protocol.slice(0, -1));
  const host = escapeRegex(url.hostname.toLowerCase());
  const port = url.port && url.port !== DEFAULT_PORTS[url.protocol] ? `:${url.port}` : '';
  return `^${scheme}://${host}${port}([/?#]|$)`;
}

/**
 * The rules for the extension whose pages and worker have `extensionHost` as their origin's host (the
 * id in Chromium, the internal UUID in Firefox): block everything it starts, and allow the server when
 * sync is on (`serverUrl`).
 */
export function syncNetworkRules(extensionHost: string, serverUrl?: string): NetworkRule[] {
  const block: NetworkRule = {
    id: BLOCK_ID,
    priority: 1,
    action: { type: 'block' },
    condition: { initiatorDomains: [extensionHost], resourceTypes: ['websocket', 'xmlhttprequest', 'other'] },
  };
  if (!serverUrl) return [block];
  const allow: NetworkRule = {
    id: ALLOW_ID,
    priority: 2,
    action: { type: 'allow' },
    condition: {
      initiatorDomains: [extensionHost],
      resourceTypes: ['websocket'],
      regexFilter: serverRegex(serverUrl),
    },
  };
  return [block, allow];
}

/**
 * The same narrowing as a check, for where the browser applies no rules: Chromium's declarativeNetRequest
 * does not see WebSockets a service worker opens, so the worker checks each one itself.
 */
export function maySocketReach(socketUrl: string, serverUrl: string | undefined): boolean {
  if (!serverUrl) return false;
  let normalized: string;
  try {
    normalized = new URL(socketUrl).href;
  } catch {
    return false;
  }
  return new RegExp(serverRegex(serverUrl)).test(normalized);
}
