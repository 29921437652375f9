/**
 * Half-written forms kept in the extension's own localStorage, so closing the popup in the middle of a
 * note loses nothing: the form comes back as it was the next time it is opened for that person. A kept
 * draft is forgotten when it is saved or cancelled.
 */
const PREFIX = 'rapport.draft.';

export function keptDraft<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export function keepDraft(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or unavailable: the form still holds the text while it is open.
  }
}

export function forgetDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** The keys of kept drafts that start with `prefix`, without Rapport's own prefix. */
export function keptDraftKeys(prefix: string): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX + prefix)) keys.push(key.slice(PREFIX.length));
    }
  } catch {
    // No storage: no kept drafts.
  }
  return keys;
}

/** Where a new interaction or action item for a person is kept while it is being written. */
export const newFormDraftKey = (contactUrl: string, form: string) => `new|${contactUrl}|${form}`;
