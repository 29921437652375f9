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
  host_permissions: ['https://www.linkedin.com/*'],
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
