/**
 * Country and region names, from maintained ISO 3166 data rather than a list typed by hand:
 * i18n-iso-countries for country names (in the languages Rapport reads profiles in) and their common
 * aliases ("USA", "UK"), country-state-city for first-level regions (states, provinces, the nations of
 * the United Kingdom) with their codes ("CA" is California). The names are folded ahead of time
 * (scripts/build/place-tables.ts writes place-data.ts), so opening the popup folds none of them and
 * parses no table: the text is split into lookups on the first place read.
 */

import { COUNTRIES, REGIONS } from './place-data';
import { placeKey } from './place-key';

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** How an English sentence names it: "United States", "United Kingdom". */
  name: string;
}

export interface Region {
  /** "US-CA". */
  code: string;
  countryCode: string;
  name: string;
}

export interface PlaceTables {
  countryByKey: Map<string, Country>;
  countryByCode: Map<string, Country>;
  regionsByKey: Map<string, Region[]>;
}

let tables: PlaceTables | undefined;

/** The lookups, split out of place-data.ts the first time a place is read. */
export function placeTables(): PlaceTables {
  if (tables) return tables;
  const made: PlaceTables = { countryByKey: new Map(), countryByCode: new Map(), regionsByKey: new Map() };
  for (const line of COUNTRIES.split('\n')) {
    const [code = '', name = '', ...keys] = line.split('\t');
    const country = { code, name };
    made.countryByCode.set(code, country);
    for (const k of keys) made.countryByKey.set(k, country);
  }
  for (const line of REGIONS.split('\n')) {
    const [countryCode = '', isoCode = '', name = '', ...keys] = line.split('\t');
    const region = { code: `${countryCode}-${isoCode}`, countryCode, name };
    for (const field of keys) {
      // An empty field is the name in lower case, the key of most regions.
      const k = field || name.toLowerCase();
      const list = made.regionsByKey.get(k);
      if (!list) made.regionsByKey.set(k, [region]);
      else if (!list.some((known) => known.code === region.code)) list.push(region);
    }
  }
  tables = made;
  return made;
}

/** A country a location segment names, in any of the languages profiles are read in. */
export function countryNamed(segment: string): Country | undefined {
  return placeTables().countryByKey.get(placeKey(segment));
}

/** Every region a segment could name, optionally within one country. */
export function regionsNamed(segment: string, countryCode?: string): Region[] {
  const found = placeTables().regionsByKey.get(placeKey(segment)) ?? [];
  return countryCode ? found.filter((region) => region.countryCode === countryCode) : found;
}

export function countryOfCode(code: string): Country | undefined {
  return placeTables().countryByCode.get(code);
}
