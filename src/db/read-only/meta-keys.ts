/** Keys of the `meta` table, named once for the Dexie code and the plain reads of src/db/read-only. */
export const SETTINGS_KEY = 'settings';
export const POPUP_INTENT_KEY = 'popupIntent';
/** An intent older than this was not for the popup being opened now. */
export const POPUP_INTENT_FRESH_MS = 60_000;
