/** Keys of the `meta` table, named once for the Dexie code and the plain reads of src/db/read-only. */
export const SETTINGS_KEY = 'settings';
