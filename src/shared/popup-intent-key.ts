/**
 * Where a context-menu hand-off to the popup waits in the browser's session storage, and for how long it
 * counts: the background writes and takes it, the popup's early read only looks (taking it is a write).
 */
export const POPUP_INTENT_KEY = 'popupIntent';
/** An intent older than this was not for the popup being opened now. */
export const POPUP_INTENT_FRESH_MS = 60_000;

/** Whether a stored hand-off is still for the popup opening now. */
export function isFreshIntent(stored: unknown, now: number): boolean {
  const at = (stored as { at?: unknown } | undefined)?.at;
  return stored !== undefined && typeof at === 'number' && now - at <= POPUP_INTENT_FRESH_MS;
}
