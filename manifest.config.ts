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
 * Where sync may connect. MV3's CSP is fixed at build time, so it cannot name the one server a user types
 * in later: it allows plain ws:// only to this computer and wss:// (TLS) to any host, and nothing else
 * leaves. At run time declarativeNetRequest rules narrow that to the saved address alone (none with sync
 * off), and Rapport connects only after the user turned sync on and the browser granted the optional host
 * permission for it (see README, "Sync").
 */
export const SYNC_CONNECT_SRC = 'ws://127.0.0.1:* ws://localhost:* wss:';

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
  // declarativeNetRequest narrows the CSP's connect-src to the one sync server at run time (its block and
  // allow rules need no host access; see src/core/sync/network-rules.ts).
  permissions: [
    'storage',
    'alarms',
    'contextMenus',
    'notifications',
    'activeTab',
    'scripting',
    'declarativeNetRequest',
  ],
  // Capture reads profile pages only: no standing access to the rest of LinkedIn.
  host_permissions: PROFILE_MATCHES,
  content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
  // Asked for one address at a time, when the user turns sync on (Chrome's patterns name http(s) for ws(s)).
  optional_host_permissions: ['http://127.0.0.1/*', 'http://localhost/*', 'https://*/*'],
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
