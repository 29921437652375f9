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
 * Rapport's pages and worker never talk to the network: everything stays in the browser, and the policy
 * makes that a rule the browser enforces, not a habit. Images are Rapport's own or inline data.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'none'",
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
  background: firefox
    ? { scripts: ['src/background/index.ts'], type: 'module' }
    : { service_worker: 'src/background/index.ts', type: 'module' },
  content_scripts: [{ matches: PROFILE_MATCHES, js: ['src/capture/content.ts'], run_at: 'document_idle' }],
  // activeTab + scripting read a person from another site only when the user asks, on that one tab.
  permissions: ['storage', 'alarms', 'contextMenus', 'notifications', 'activeTab', 'scripting'],
  // Capture reads profile pages only: no standing access to the rest of LinkedIn.
  host_permissions: PROFILE_MATCHES,
  content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
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
