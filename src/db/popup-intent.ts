import type { PopupIntent } from '../shared/protocol';
import type { RapportDb } from './database';

const KEY = 'popupIntent';
/** An intent older than this was not for the popup being opened now. */
const FRESH_MS = 60_000;

export async function setPopupIntent(db: RapportDb, intent: PopupIntent, now: number): Promise<void> {
  await db.meta.put({ key: KEY, value: { ...intent, at: now } });
}

/** Reads and clears the intent, so it is acted on once. */
export async function takePopupIntent(db: RapportDb, now: number): Promise<PopupIntent | null> {
  return db.transaction('rw', db.meta, async () => {
    const stored = (await db.meta.get(KEY))?.value as (PopupIntent & { at: number }) | undefined;
    await db.meta.delete(KEY);
    if (!stored || now - stored.at > FRESH_MS) return null;
    return { view: stored.view, contactUrl: stored.contactUrl };
  });
}
