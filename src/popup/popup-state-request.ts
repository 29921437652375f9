import { findPageTab, type QueryTabs } from '../shared/page-tab';
import type { MessageData } from '../shared/protocol';

const RECENT_LIMIT = 8;
/** Marked as the early request starts: once it is there, the early script has run. */
export const EARLY_REQUEST_MARK = 'rapport:early-request-start';
/** Marked when the popup's state arrives from the background; the popup benchmark reports it. */
export const STATE_RECEIVED_MARK = 'rapport:state-received';
/** Marked instead when the popup read its state from the database itself. */
export const STATE_DIRECT_MARK = 'rapport:state-read-directly';

/** The part of the extension API this needs: both `chrome` and the polyfilled `browser` have it. */
interface ViewsApi {
  extension: { getViews(filter: { type: 'popup' }): Window[] };
}

/** What the popup asks the background for first; it differs when the popup was opened in a tab. */
export function popupStateRequest(api: ViewsApi, view: Window): MessageData<'ui:getPopupState'> {
  const isToolbarPopup = api.extension.getViews({ type: 'popup' }).includes(view);
  return { popupInTab: !isToolbarPopup, recentLimit: RECENT_LIMIT };
}

/** The part of the extension API that finds the page: `chrome` and the polyfilled `browser` both have it. */
interface PageApi extends ViewsApi {
  tabs: { query: QueryTabs };
  runtime: { getURL(path: string): string };
}

/**
 * The request naming the page this popup found from its own window. The worker has no window of its own
 * and would ask for the last focused one, which may be another window than the one the popup opened in.
 */
export async function popupStateRequestWithTab(
  api: PageApi,
  view: Window,
): Promise<MessageData<'ui:getPopupState'>> {
  const request = popupStateRequest(api, view);
  const tab = await findPageTab(
    (query) => api.tabs.query(query),
    api.runtime.getURL(''),
    request.popupInTab,
  ).catch(() => undefined);
  return tab ? { ...request, tabId: tab.id } : request;
}
