import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

const firefox = process.env.TARGET === 'firefox';

const icons = {
  16: 'icons/icon-16.png',
  32: 'icons/icon-32.png',
  48: 'icons/icon-48.png',
  128: 'icons/icon-128.png',
};

/** Pages whose person Rapport can read. Kept in one place: the content script, menus and popup agree on it. */
export const PROFILE_MATCHES = ['https://www.linkedin.com/in/*'];

/**
 * Where sync may connect, as narrow as a policy fixed at build time can be. MV3 reads the CSP from the
 * manifest only: it cannot change at run time, so it cannot name the one server a user types in later.
 * What stays, and why:
 * - `ws://127.0.0.1:*`: plain WebSocket only to this computer, where `npm run sync-server` listens (on
 *   127.0.0.1 alone, so `localhost`, which may resolve to ::1 or elsewhere, is not allowed). Any port,
 *   since the server's port is the user's choice (RAPPORT_SYNC_PORT).
 * - `wss:`: TLS to any host and port, as the server's name is the user's choice. A host-source cannot be
 *   narrower without naming it.
 * Nothing else: no http(s) at all. At run time the socket guards narrow this to the saved address alone
 * (none with sync off; src/core/sync/socket-reach.ts), and Rapport connects only after the user turned
 * sync on and the browser granted the optional host permission for it (see README, "Sync").
 */
export const SYNC_CONNECT_SRC = 'ws://127.0.0.1:* wss:';

/**
 * Rapport's pages and worker never talk to the network: everything stays in the browser, and the policy
 * makes that a rule the browser enforces, not a habit. No fetch or XHR anywhere (http(s) is not in
 * connect-src); the only connection the policy allows is sync's WebSocket (above). Images are Rapport's
 * own or inline data.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  `connect-src ${SYNC_CONNECT_SRC}`,
  "img-src 'self' data:",
  "object-src 'none'",
  "frame-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

export default defineManifest({
  manifest_version: 3,
  name: 'Rapport',
  description: pkg.description,
  version: pkg.version,
  icons,
  action: { default_popup: 'src/popup/index.html', default_title: 'Rapport', default_icon: icons },
  options_ui: { page: 'src/options/index.html', open_in_tab: true },
  // A keyboard shortcut opens the popup: Alt+Shift+R unless the user picks another in the browser.
  commands: {
    _execute_action: { suggested_key: { default: 'Alt+Shift+R' }, description: 'Open Rapport' },
  },
  background: firefox
    ? { scripts: ['src/background/index.ts'], type: 'module' }
    : { service_worker: 'src/background/index.ts', type: 'module' },
  content_scripts: [{ matches: PROFILE_MATCHES, js: ['src/capture/content.ts'], run_at: 'document_idle' }],
  // activeTab + scripting read a person from another site only when the user asks, on that one tab.
  permissions: ['storage', 'alarms', 'contextMenus', 'notifications', 'activeTab', 'scripting'],
  // No declarativeNetRequest: it warns "Block content on any page" at install (and would make existing
  // users approve Rapport again), neither Chromium nor Firefox lets it be an optional permission, and
  // Chromium's rules do not see the worker's sockets anyway. The socket guards narrow the CSP instead
  // (src/core/sync/socket-reach.ts).
  // Capture reads profile pages only: no standing access to the rest of LinkedIn.
  host_permissions: PROFILE_MATCHES,
  content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
  // Asked for one address at a time, when the user turns sync on (Chrome's patterns name http(s) for ws(s)).
  optional_host_permissions: ['http://127.0.0.1/*', 'https://*/*'],
  ...(firefox
    ? {
        browser_specific_settings: {
          gecko: {
            id: 'rapport@rapport.invalid',
            strict_min_version: '140.0',
            // Rapport collects nothing: all data stays in the browser.
            data_collection_permissions: { required: ['none'] },
          },
          gecko_android: { strict_min_version: '142.0' },
        },
      }
    : { minimum_chrome_version: '116' }),
});
