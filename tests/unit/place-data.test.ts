import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACE_DATA_FILE, placeDataModule, placeTablesFromPackages } from '../../scripts/build/place-tables';
import { placeTables } from '../../src/core/profile/place-names';

const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('the place lookups the extension ships', () => {
  it('are what scripts/build/place-tables.ts makes from the packages installed', () => {
    // After upgrading i18n-iso-countries or country-state-city: npx tsx scripts/build/place-tables.ts
    expect(readFileSync(PLACE_DATA_FILE, 'utf8')).toBe(placeDataModule());
  });

  it('read back into the same lookups the packages would build at run time', () => {
    const shipped = placeTables();
    const fromPackages = placeTablesFromPackages();
    expect(shipped.countryByKey.size).toBeGreaterThan(1000);
    expect(shipped.regionsByKey.size).toBeGreaterThan(4000);
    expect(sorted(shipped.countryByKey)).toEqual(sorted(fromPackages.countryByKey));
    expect(sorted(shipped.countryByCode)).toEqual(sorted(fromPackages.countryByCode));
    expect(sorted(shipped.regionsByKey)).toEqual(sorted(fromPackages.regionsByKey));
  });
});
