/**
 * The extension's CSP is fixed at build time, so it cannot name the one sync server a user types in
 * later (see manifest.config.ts). Rapport narrows it at run time to the saved server alone: every
 * WebSocket the background opens is checked against this first, and none is allowed with sync off.
 * Rapport's pages open none at all (src/ui/refuse-sockets.ts).
 *
 * Why a check and not declarativeNetRequest rules: that permission warns "Block content on any page"
 * and neither Chromium nor Firefox lets it be optional, so it would warn at every install and make
 * existing users approve Rapport again; and Chromium's rules do not see the sockets a service worker
 * opens, which is where sync runs.
 */

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

/** Whether a WebSocket to `socketUrl` may open: only to the saved server, never with sync off. */
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
