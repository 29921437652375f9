import { isFreshIntent, POPUP_INTENT_KEY as KEY } from '../shared/popup-intent-key';
import type { PopupIntent } from '../shared/protocol';

/** Where the hand-off waits: storage.session in the extension, a Map in tests. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * What a context-menu item asks the popup to show when it opens. It lives in the browser's session
 * storage, not the database: it matters for a minute, must not outlive the browser, and is no part of
 * the user's data (so never in an export).
 */
export interface PopupHandOff {
  set(intent: PopupIntent, now: number): Promise<void>;
  /** Reads and clears the intent, so it is acted on once; a stale one is dropped. */
  take(now: number): Promise<PopupIntent | null>;
}

export function popupHandOff(area: SessionArea): PopupHandOff {
  return {
    set: (intent, now) => area.set({ [KEY]: { ...intent, at: now } }),
    take: async (now) => {
      const stored = (await area.get(KEY))[KEY] as (PopupIntent & { at: number }) | undefined;
      if (!stored) return null;
      await area.remove(KEY);
      if (!isFreshIntent(stored, now)) return null;
      return { view: stored.view, contactUrl: stored.contactUrl };
    },
  };
}

/** A session area in memory, for tests and for browsers without storage.session. */
export function memorySessionArea(): SessionArea {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (next) => {
      for (const [k, value] of Object.entries(next)) items.set(k, value);
    },
    remove: async (key) => {
      items.delete(key);
    },
  };
}
