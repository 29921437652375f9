import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { MESSAGE_SCHEMAS } from '../shared/message-schemas';
import { isProfileUrl } from '../shared/profile-url';
import { type MessageData, READ_PROFILE_REQUEST } from '../shared/protocol';

/**
 * Asks the content script in a LinkedIn profile tab to read the page now. The reply is checked like any
 * other message: it comes from a page LinkedIn controls.
 */
export async function readProfileInTab(tabId: number): Promise<MessageData<'capture:saveProfile'>> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url || !isProfileUrl(tab.url)) throw new Error('That tab is not a LinkedIn profile');
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, READ_PROFILE_REQUEST);
  } catch {
    throw new Error('Rapport cannot read this tab yet: reload the page and try again');
  }
  const parsed = v.safeParse(MESSAGE_SCHEMAS['capture:saveProfile'], reply);
  if (!parsed.success) throw new Error('The page could not be read as a profile');
  return { ...parsed.output, pageUrl: tab.url };
}
