import * as v from 'valibot';
import { migrateSettings } from '../core/migrate-settings';
import { SettingsSchema } from '../shared/schemas';
import type { Settings } from '../shared/settings';
import type { RapportDb } from './database';
import { SETTINGS_KEY as KEY } from './read-only/meta-keys';

const UNREADABLE_KEY = 'settings.unreadable';

/**
 * Reads the settings, migrated to the current version. Settings that fail validation are set aside
 * under another key rather than overwritten, so nothing the user typed is silently lost.
 */
export async function loadSettings(db: RapportDb): Promise<Settings> {
  const stored = (await db.meta.get(KEY))?.value;
  const migrated = migrateSettings(stored);
  const checked = v.safeParse(SettingsSchema, migrated);
  if (checked.success) return checked.output;
  await db.meta.put({ key: UNREADABLE_KEY, value: stored });
  return migrateSettings(undefined);
}

export async function saveSettings(db: RapportDb, settings: Settings): Promise<Settings> {
  const checked = v.parse(SettingsSchema, migrateSettings(settings));
  await db.meta.put({ key: KEY, value: checked });
  return checked;
}
