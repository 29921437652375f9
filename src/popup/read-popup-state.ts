import * as v from 'valibot';
import { migrateSettings } from '../core/migrate-settings';
import { DB_NAME } from '../db/read-only/db-name';
import { openReadOnly } from '../db/read-only/open-read-only';
import { readPopupRecords } from '../db/read-only/read-popup-records';
import { LATEST_SCHEMA_VERSION } from '../db/versions';
import { findPageTab, type QueryTabs } from '../shared/page-tab';
import { isFreshIntent } from '../shared/popup-intent-key';
import { canonicalProfileUrl } from '../shared/profile-url';
import type { MessageData, PopupState } from '../shared/protocol';
import { SettingsSchema } from '../shared/schemas';
import type { Settings } from '../shared/settings';

export interface DirectReadDeps {
  idb: IDBFactory;
  queryTabs: QueryTabs;
  /** The extension's own origin, to tell its pages from the user's. */
  ownOrigin: string;
  now: number;
  /** The context-menu hand-off waiting in session storage, if any (only looked at, never taken). */
  waitingIntent: () => Promise<unknown>;
  dbName?: string;
}

/**
 * The popup's first state, read from the database by the popup itself: the worker may be asleep, and
 * waking it costs more than the read. Null whenever the answer needs the background: no database yet or
 * one this build's schema does not match, a context-menu hand-off to take, settings that need setting
 * aside. Then the popup asks the background, as before. Nothing here writes.
 */
export async function readPopupStateDirectly(
  deps: DirectReadDeps,
  { popupInTab, recentLimit }: MessageData<'ui:getPopupState'>,
): Promise<PopupState | null> {
  const [db, tab, intent] = await Promise.all([
    openReadOnly(deps.idb, deps.dbName ?? DB_NAME, LATEST_SCHEMA_VERSION),
    findPageTab(deps.queryTabs, deps.ownOrigin, popupInTab),
    deps.waitingIntent().catch(() => undefined),
  ]);
  if (!db) return null;
  // Taking the hand-off is a write: only the background may.
  if (isFreshIntent(intent, deps.now)) {
    db.close();
    return null;
  }
  try {
    const profileUrl = tab?.url ? canonicalProfileUrl(tab.url) : undefined;
    const records = await readPopupRecords(db, profileUrl, recentLimit);
    const settings = v.safeParse(SettingsSchema, migrateSettings(records.storedSettings));
    if (!settings.success) return null;
    return {
      ...(tab ? { tab } : {}),
      ...(profileUrl ? { profileUrl } : {}),
      view: records.view,
      recent: records.recent,
      settings: settings.output as Settings,
      intent: null,
    };
  } catch {
    return null;
  } finally {
    db.close();
  }
}
