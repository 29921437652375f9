import browser from 'webextension-polyfill';
import { createSender } from '../shared/send-message';

/** How Rapport's own pages talk to the background. */
export const send = createSender((message) => browser.runtime.sendMessage(message));
