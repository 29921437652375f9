import browser from 'webextension-polyfill';
import { DEFAULT_TEMPLATES } from '../core/templates/default-templates';
import { DAY } from '../core/time-units';
import { openDatabase } from '../db/database';
import { recoverImports } from '../db/import-staging';
import { findPageTab } from '../shared/page-tab';
import { isProfileUrl } from '../shared/profile-url';
import { EXPORT_PORT } from '../shared/protocol';
import { contactPageHash, OPTIONS_PAGE } from '../shared/routes';
import type { Receipt, ReceiptStore } from './capture-receipts';
import { serveExport } from './export-port';
import { createHandlers } from './handlers';
import { handleMenuClick, MENU_ITEMS } from './menus';
import { popupHandOff } from './popup-hand-off';
import { readPersonInTab } from './read-any-page';
import { readProfileInTab } from './read-tab';
import {
  NEXT_DUE_ALARM,
  parseNotificationId,
  type ReminderSurfaces,
  reshowIfStillDue,
  SWEEP_ALARM,
  SWEEP_MINUTES,
  syncReminders,
} from './reminders';
import { createRouter } from './router';
import { guardWorkerSockets } from './socket-guard';
import { createBackgroundSync, SYNC_WAKE_ALARM } from './sync';

// Every listener is registered synchronously at the top level: the worker may be started just to deliver
// one event (an alarm, a notification button) and a listener added later would miss it. Nothing that
// matters is kept in memory; each event reads what it needs from the database.
// Before anything can open a socket: only the saved sync server may be reached (none with sync off).
guardWorkerSockets();
const db = openDatabase();
const ICON = browser.runtime.getURL('icons/icon-128.png');
const handOff = popupHandOff(browser.storage.session);

const surfaces: ReminderSurfaces = {
  setBadge: async (text, color) => {
    await browser.action.setBadgeText({ text });
    await browser.action.setBadgeBackgroundColor({ color });
  },
  setAlarm: async (name, when) => {
    if (when === undefined) await browser.alarms.clear(name);
    else await browser.alarms.create(name, { when: Math.max(when, Date.now() + 1000) });
  },
  notify: async (id, { title, message }) => {
    const plain = { type: 'basic', iconUrl: ICON, title, message } as const;
    try {
      await browser.notifications.create(id, {
        ...plain,
        buttons: [{ title: 'Done' }, { title: 'Snooze 1 day' }],
        requireInteraction: true,
      } as browser.Notifications.CreateNotificationOptions);
    } catch {
      // Firefox: no buttons. Clicking the notification opens the person's page, with Done and Snooze.
      await browser.notifications.create(id, plain);
    }
  },
  clearNotification: async (id) => {
    await browser.notifications.clear(id);
  },
};

const RECEIPTS_KEY = 'captureReceipts';
const sessionReceipts: ReceiptStore = {
  read: async () => ((await browser.storage.session.get(RECEIPTS_KEY))[RECEIPTS_KEY] as Receipt[]) ?? [],
  write: (receipts) => browser.storage.session.set({ [RECEIPTS_KEY]: receipts }),
};

const sync = () => syncReminders(db, surfaces, Date.now());
// Created before the database is first used (it watches every write); with sync off it connects nowhere.
const serverSync = createBackgroundSync(db, sync);
void serverSync.resume();

async function openContactPage(contactUrl: string) {
  await browser.tabs.create({
    url: browser.runtime.getURL(`${OPTIONS_PAGE}${contactPageHash(contactUrl)}`),
  });
}

const handlers = createHandlers({
  db,
  now: Date.now,
  readTab: readProfileInTab,
  findPageTab: (popupInTab, tabId) =>
    tabId === undefined
      ? findPageTab((query) => browser.tabs.query(query), browser.runtime.getURL(''), popupInTab)
      : browser.tabs.get(tabId).then(
          (tab) => ({ id: tabId, url: tab.url ?? '' }),
          () => undefined,
        ),
  popupHandOff: handOff,
  shippedTemplates: DEFAULT_TEMPLATES,
  onDataChanged: sync,
  receipts: sessionReceipts,
  sync: serverSync,
});

const policy = {
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  isCapturePage: isProfileUrl,
};

const route = createRouter(handlers, policy);

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  route(message, {
    ...(sender.id !== undefined ? { id: sender.id } : {}),
    ...(sender.url !== undefined ? { url: sender.url } : {}),
    ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
    ...(sender.tab?.url !== undefined ? { tabUrl: sender.tab.url } : {}),
  }),
);

// An import the worker stopped in the middle of is finished (or rolled back) on every start.
void recoverImports(db, Date.now())
  .then(sync)
  .catch(() => undefined);

browser.runtime.onConnect.addListener((port) => {
  if (port.name === EXPORT_PORT) void serveExport(port, db, policy, Date.now());
});

async function setUp() {
  await browser.contextMenus.removeAll();
  for (const item of MENU_ITEMS) browser.contextMenus.create({ ...item, contexts: [...item.contexts] });
  await browser.alarms.create(SWEEP_ALARM, { periodInMinutes: SWEEP_MINUTES });
  await sync();
}
browser.runtime.onInstalled.addListener(() => void setUp());
browser.runtime.onStartup.addListener(() => void setUp());

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === SWEEP_ALARM || alarm.name === NEXT_DUE_ALARM) void sync();
  if (alarm.name === SYNC_WAKE_ALARM) void serverSync.resume();
});

browser.notifications.onButtonClicked.addListener((id, button) => {
  const target = parseNotificationId(id);
  if (!target) return;
  // The same handler as the pages' Done and Snooze buttons, so the badge and alarms follow it.
  const common = { id: target.followUpId, contactUrl: target.contactUrl };
  const action =
    button === 0
      ? { ...common, action: 'done' as const }
      : { ...common, action: 'snooze' as const, until: Date.now() + DAY };
  void Promise.resolve(handlers['ui:actOnFollowUp'](action, {}))
    .catch(() => undefined)
    .finally(() => void browser.notifications.clear(id));
});

// Firefox has no notification buttons or requireInteraction, closes notifications by itself after a few
// seconds and reports every close as the user's: there, a reminder closed while still owed is shown
// again, until Done or Snooze on the person's page (which clicking it opens) deals with it.
const keepsNotificationsOpen = !('getBrowserInfo' in browser.runtime);
browser.notifications.onClosed.addListener((id) => {
  if (!keepsNotificationsOpen) void reshowIfStillDue(db, surfaces, id, Date.now());
});

browser.notifications.onClicked.addListener((id) => {
  const target = parseNotificationId(id);
  void browser.notifications.clear(id);
  if (target) void openContactPage(target.contactUrl);
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  void handleMenuClick(info, tab?.id, {
    db,
    now: Date.now,
    readTab: readProfileInTab,
    readAnyPage: readPersonInTab,
    openDraft: async (contactUrl) => {
      await handOff.set({ view: 'draft', contactUrl }, Date.now());
      // The popup can be opened by an extension in Chrome 127+; elsewhere the options page shows the draft.
      try {
        await browser.action.openPopup();
      } catch {
        await openContactPage(contactUrl);
      }
    },
    confirm: async (title, message) => {
      await browser.notifications.create({
        type: 'basic',
        iconUrl: ICON,
        title: `Rapport: ${title}`,
        message,
      });
    },
  })
    .catch(async (error: unknown) => {
      await browser.notifications.create({
        type: 'basic',
        iconUrl: ICON,
        title: 'Rapport could not do that',
        message: error instanceof Error ? error.message : String(error),
      });
    })
    .finally(() => void sync());
});

// Read by `npm run bench -- popup`: how long evaluating this module took on a cold start.
performance.mark('rapport:background-evaluated');
