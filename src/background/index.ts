import browser from 'webextension-polyfill';
import { openDatabase } from '../db/database';
import { isProfileUrl } from '../shared/profile-url';
import { createHandlers } from './handlers';
import { readProfileInTab } from './read-tab';
import { createRouter } from './router';

// Listeners are registered synchronously at the top level: the worker may be started just to deliver
// one event, and a listener added later would miss it. Nothing here keeps state that matters in memory.
const db = openDatabase();
const route = createRouter(createHandlers({ db, now: Date.now, readTab: readProfileInTab }), {
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  isCapturePage: isProfileUrl,
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  route(message, {
    ...(sender.id !== undefined ? { id: sender.id } : {}),
    ...(sender.url !== undefined ? { url: sender.url } : {}),
    ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
  }),
);
