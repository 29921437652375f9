/**
 * Rapport reads places through two lookups: every name a country goes by in the languages profiles are
 * read in, and every name or code a first-level region goes by. Building them from i18n-iso-countries and
 * country-state-city means folding some twenty thousand names, and shipping both packages' tables (the
 * region table alone is most of the popup's first-view JavaScript). So they are built here, once, and
 * written as plain text to src/core/profile/place-data.ts, which the extension parses on first use.
 * A unit test checks that file is what this script makes from the packages installed.
 *
 *   npx tsx scripts/build/place-tables.ts   (after upgrading either package)
 */

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import states from 'country-state-city/lib/assets/state.json';
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import it from 'i18n-iso-countries/langs/it.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import { placeKey } from '../../src/core/profile/place-key';
import type { Country, PlaceTables, Region } from '../../src/core/profile/place-names';

export const PLACE_DATA_FILE = fileURLToPath(
  new URL('../../src/core/profile/place-data.ts', import.meta.url),
);

const LOCALES = [en, de, fr, es, pt, it, nl];

/**
 * Region codes people write after a city in place of the name: "Berkeley, CA", "Toronto, ON",
 * "Sydney, NSW". Elsewhere two letters are too often something else to read as a region.
 */
const CODED_REGIONS = new Set(['US', 'CA', 'AU']);

/** The shortest everyday name when the official one is long-winded ("United States of America"). */
function sentenceName(code: string): string {
  const official = countries.getName(code, 'en') ?? code;
  if (!/ of |,|federation|\(/i.test(official)) return official;
  const aliases = countries.getName(code, 'en', { select: 'all' }) ?? [];
  const everyday = aliases.filter((name) => name.length > 3 && !/[.,()]/.test(name) && !/ of /i.test(name));
  return everyday.sort((a, b) => a.length - b.length)[0] ?? official;
}

interface CountryEntry extends Country {
  /** The folded names that lead to this country (a name two countries share goes to the first). */
  keys: string[];
}

interface RegionEntry extends Region {
  isoCode: string;
  /** The folded names and codes this region goes by, in the order they are looked up. */
  keys: string[];
}

function countryEntries(): CountryEntry[] {
  for (const locale of LOCALES) countries.registerLocale(locale);
  const claimed = new Set<string>();
  const entries: CountryEntry[] = [];
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    // Every country is named in English, so each line can carry the name countryOfCode gives.
    if (!countries.getName(code, 'en')) throw new Error(`No English name for ${code}`);
    const entry: CountryEntry = { code, name: sentenceName(code), keys: [] };
    for (const locale of LOCALES) {
      for (const name of countries.getName(code, locale.locale, { select: 'all' }) ?? []) {
        const k = placeKey(name);
        // Two-letter aliases ("US", "UK") are kept; bare ISO codes are not names people write.
        if (k && !claimed.has(k)) {
          claimed.add(k);
          entry.keys.push(k);
        }
      }
    }
    entries.push(entry);
  }
  return entries;
}

function regionEntries(): RegionEntry[] {
  return (states as { name: string; isoCode: string; countryCode: string }[]).map((state) => {
    const keys = [placeKey(state.name)];
    // "Madrid, Comunidad de", "Bavaria (Bayern)": the name before the aside also names it.
    const beforeAside = state.name.replace(/\s*\(.*\)$/, '').replace(/,.*$/, '');
    if (beforeAside !== state.name) keys.push(placeKey(beforeAside));
    if (CODED_REGIONS.has(state.countryCode) && /^[A-Z]{2,3}$/.test(state.isoCode))
      keys.push(placeKey(state.isoCode));
    return {
      code: `${state.countryCode}-${state.isoCode}`,
      countryCode: state.countryCode,
      isoCode: state.isoCode,
      name: state.name,
      keys: keys.filter(Boolean),
    };
  });
}

/** The lookups as the packages make them: what place reading must find, whichever way it is shipped. */
export function placeTablesFromPackages(): PlaceTables {
  const tables: PlaceTables = { countryByKey: new Map(), countryByCode: new Map(), regionsByKey: new Map() };
  for (const { keys, ...country } of countryEntries()) {
    tables.countryByCode.set(country.code, country);
    for (const k of keys) tables.countryByKey.set(k, country);
  }
  for (const { keys, isoCode: _, ...region } of regionEntries()) {
    for (const k of keys) {
      const list = tables.regionsByKey.get(k) ?? [];
      if (!list.some((known) => known.code === region.code)) list.push(region);
      tables.regionsByKey.set(k, list);
    }
  }
  return tables;
}

const field = (text: string) => {
  if (/[\t\n`\\]|\$\{/.test(text)) throw new Error(`A place name Rapport cannot ship as text: ${text}`);
  return text;
};

/**
 * One line a country: code, name, then its folded names. One line a region: country code, region code,
 * name, then what it goes by, an empty field standing for the name in lower case (most of them).
 */
export function placeDataModule(): string {
  const countryLines = countryEntries().map((c) => [c.code, c.name, ...c.keys].map(field).join('\t'));
  const regionLines = regionEntries().map((r) =>
    [r.countryCode, r.isoCode, r.name, ...r.keys.map((k) => (k === r.name.toLowerCase() ? '' : k))]
      .map(field)
      .join('\t'),
  );
  return `// Made by scripts/build/place-tables.ts from i18n-iso-countries and country-state-city: not edited by hand.

export const COUNTRIES = \`${countryLines.join('\n')}\`;

export const REGIONS = \`${regionLines.join('\n')}\`;
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(PLACE_DATA_FILE, placeDataModule());
  console.log(`wrote ${PLACE_DATA_FILE}`);
}
