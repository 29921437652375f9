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
