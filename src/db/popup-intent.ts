import type { PopupIntent } from '../shared/protocol';
import type { RapportDb } from './database';
import { POPUP_INTENT_FRESH_MS as FRESH_MS, POPUP_INTENT_KEY as KEY } from './read-only/meta-keys';

export async function setPopupIntent(db: RapportDb, intent: PopupIntent, now: number): Promise<void> {
  await db.meta.put({ key: KEY, value: { ...intent, at: now } });
}

/**
 * Reads and clears the intent, so it is acted on once. Usually there is none, and then nothing is
 * written: the popup's other first reads need not wait for a write.
 */
export async function takePopupIntent(db: RapportDb, now: number): Promise<PopupIntent | null> {
  const stored = (await db.meta.get(KEY))?.value as (PopupIntent & { at: number }) | undefined;
  if (!stored) return null;
  await db.meta.delete(KEY);
  if (now - stored.at > FRESH_MS) return null;
  return { view: stored.view, contactUrl: stored.contactUrl };
}
