/**
 * Country and region names, from maintained ISO 3166 data rather than a list typed by hand:
 * i18n-iso-countries for country names (in the languages Rapport reads profiles in) and their common
 * aliases ("USA", "UK"), country-state-city for first-level regions (states, provinces, the nations of
 * the United Kingdom) with their codes ("CA" is California). Only the region table is imported from
 * country-state-city, never its cities. Tables are built on first use, so nothing is paid for until a
 * place is read.
 */

import states from 'country-state-city/lib/assets/state.json';
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import it from 'i18n-iso-countries/langs/it.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import { foldedWords } from '../names/fold-text';

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

const LOCALES = [en, de, fr, es, pt, it, nl];

/**
 * Region codes people write after a city in place of the name: "Berkeley, CA", "Toronto, ON",
 * "Sydney, NSW". Elsewhere two letters are too often something else to read as a region.
 */
const CODED_REGIONS = new Set(['US', 'CA', 'AU']);

/** Letters, digits and single spaces only: folding can change nothing but the case. */
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * The folded form names are compared in. The tables fold every region and country name each time the
 * popup opens, so the names that are already plain (four in five) skip the Unicode passes; a test checks
 * both ways give the same key for every name in the tables.
 */
export function placeKey(text: string): string {
  return PLAIN.test(text) ? text.toLowerCase() : foldedWords(text).join(' ');
}

const key = placeKey;

/** The shortest everyday name when the official one is long-winded ("United States of America"). */
function sentenceName(code: string): string {
  const official = countries.getName(code, 'en') ?? code;
  if (!/ of |,|federation|\(/i.test(official)) return official;
  const aliases = countries.getName(code, 'en', { select: 'all' }) ?? [];
  const everyday = aliases.filter((name) => name.length > 3 && !/[.,()]/.test(name) && !/ of /i.test(name));
  return everyday.sort((a, b) => a.length - b.length)[0] ?? official;
}

let countryTable: Map<string, Country> | undefined;
let regionTable: Map<string, Region[]> | undefined;

function countryByKey(): Map<string, Country> {
  if (countryTable) return countryTable;
  countryTable = new Map();
  for (const locale of LOCALES) countries.registerLocale(locale);
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const country = { code, name: sentenceName(code) };
    for (const locale of LOCALES) {
      for (const name of countries.getName(code, locale.locale, { select: 'all' }) ?? []) {
        const k = key(name);
        // Two-letter aliases ("US", "UK") are kept; bare ISO codes are not names people write.
        if (k && !countryTable.has(k)) countryTable.set(k, country);
      }
    }
  }
  return countryTable;
}

function regionsByKey(): Map<string, Region[]> {
  if (regionTable) return regionTable;
  regionTable = new Map();
  const add = (k: string, region: Region) => {
    if (!k) return;
    const list = regionTable?.get(k) ?? [];
    if (!list.some((known) => known.code === region.code)) list.push(region);
    regionTable?.set(k, list);
  };
  for (const state of states as { name: string; isoCode: string; countryCode: string }[]) {
    const region = {
      code: `${state.countryCode}-${state.isoCode}`,
      countryCode: state.countryCode,
      name: state.name,
    };
    add(key(state.name), region);
    // "Madrid, Comunidad de", "Bavaria (Bayern)": the name before the aside also names it.
    const beforeAside = state.name.replace(/\s*\(.*\)$/, '').replace(/,.*$/, '');
    if (beforeAside !== state.name) add(key(beforeAside), region);
    if (CODED_REGIONS.has(state.countryCode) && /^[A-Z]{2,3}$/.test(state.isoCode))
      add(key(state.isoCode), region);
  }
  return regionTable;
}

/** A country a location segment names, in any of the languages profiles are read in. */
export function countryNamed(segment: string): Country | undefined {
  return countryByKey().get(key(segment));
}

/** Every region a segment could name, optionally within one country. */
export function regionsNamed(segment: string, countryCode?: string): Region[] {
  const found = regionsByKey().get(key(segment)) ?? [];
  return countryCode ? found.filter((region) => region.countryCode === countryCode) : found;
}

export function countryOfCode(code: string): Country | undefined {
  countryByKey();
  const name = countries.getName(code, 'en');
  return name ? { code, name: sentenceName(code) } : undefined;
}
