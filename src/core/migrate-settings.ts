import { defaultSettings, SETTINGS_VERSION, type Settings } from '../shared/settings';

type Loose = Record<string, unknown>;

/**
 * Ordered settings migrations: entry i turns version i+1 into version i+2. Released entries are never
 * edited; a change to Settings appends one and bumps SETTINGS_VERSION.
 */
export const SETTINGS_MIGRATIONS: readonly ((settings: Loose) => Loose)[] = [];

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fills what `stored` lacks from `defaults`, keeping every value the user set (arrays are values, not merged). */
export function fillDefaults<T>(defaults: T, stored: unknown): T {
  if (!isObject(defaults) || !isObject(stored)) return (stored === undefined ? defaults : stored) as T;
  const out: Loose = { ...stored };
  for (const [key, value] of Object.entries(defaults)) out[key] = fillDefaults(value, stored[key]);
  return out as T;
}

/** Brings stored settings of any released version up to the current shape, defaults filling the gaps. */
export function migrateSettings(stored: unknown): Settings {
  if (!isObject(stored)) return defaultSettings();
  let current: Loose = stored;
  const from = typeof stored.version === 'number' && stored.version >= 1 ? stored.version : 1;
  for (let version = from; version < SETTINGS_VERSION; version++) {
    const migrate = SETTINGS_MIGRATIONS[version - 1];
    if (migrate) current = migrate(current);
  }
  return { ...fillDefaults(defaultSettings(), current), version: SETTINGS_VERSION };
}
