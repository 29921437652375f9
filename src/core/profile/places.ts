import { foldedWords } from '../names/fold-text';
import { type Country, countryNamed, countryOfCode, type Region, regionsNamed } from './place-names';

/**
 * A location as LinkedIn writes it ("London, England, United Kingdom", "Berkeley, CA", "Germany"),
 * read into what it names: a city inside a region inside a country, each part only when the text says
 * it or the data implies it ("CA" after a city is California, so the country is the United States).
 */
export interface Place {
  /** The city as a sentence should name it: "London" for "Greater London"; absent for "Germany". */
  city?: string;
  cityKey?: string;
  region?: Region;
  country?: Country;
  /** The text as written, trimmed. */
  text: string;
  /**
   * The text names a region on its own ("California", "Berlin"). It may also be the region's city of
   * the same name, so it keeps a city key for comparing with other cities.
   */
  regionOnly?: boolean;
}

const CITY_FORMS: Record<string, string> = {
  nyc: 'new york',
  'new york city': 'new york',
  sf: 'san francisco',
};

/** Metro areas LinkedIn names without a region or country. */
const METRO_AREAS: Record<string, { city: string; region: string }> = {
  'san francisco bay area': { city: 'San Francisco', region: 'US-CA' },
  'bay area': { city: 'San Francisco', region: 'US-CA' },
  'silicon valley': { city: 'San Jose', region: 'US-CA' },
};

/** Words LinkedIn adds around a city that do not make it a different place. */
function cityDisplay(segment: string): string {
  return segment
    .trim()
    .replace(/^greater\s+/i, '')
    .replace(/\s+(?:und umgebung|et périphérie|y alrededores|e região|e dintorni|en omgeving)$/i, '')
    .replace(/\s+(?:metropolitan|metro)(?:\s+(?:area|region))?$/i, '')
    .replace(/\s+(?:bay\s+)?area$/i, '')
    .trim();
}

/** "Berlin, Germany · Hybrid": the work arrangement after the place is not part of it. */
function withoutArrangement(location: string): string {
  return location.replace(
    /\s*[·•|]\s*(?:hybrid|on-?site|remote|hybride?|vor ort|presencial|remoto)\s*$/i,
    '',
  );
}

function onlyRegion(segment: string, countryCode?: string): Region | undefined {
  const found = regionsNamed(segment, countryCode);
  return found.length === 1 ? found[0] : undefined;
}

/** Undefined for blank or placeless locations ("Remote", "Worldwide"). */
export function parsePlace(location: string | undefined): Place | undefined {
  const text = withoutArrangement((location ?? '').trim());
  const segments = text
    .split(',')
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0);
  const first = segments[0];
  if (!first || /^(remote|worldwide|anywhere|global|hybrid|on-?site)$/i.test(first)) return undefined;
  const place: Place = { text };
  const firstKey = foldedWords(cityDisplay(first)).join(' ');
  const metro = METRO_AREAS[foldedWords(first).join(' ')];
  if (metro) {
    place.city = metro.city;
    place.cityKey = foldedWords(metro.city).join(' ');
    const region = onlyRegion(metro.region.slice(3), metro.region.slice(0, 2));
    if (region) place.region = region;
    const country = countryOfCode(metro.region.slice(0, 2));
    if (country) place.country = country;
    return place;
  }
  if (segments.length === 1) {
    const country = countryNamed(first);
    const region = onlyRegion(cityDisplay(first));
    if (country && !region) return { text, country };
    if (region && !country) {
      const regionCountry = countryOfCode(region.countryCode);
      // "Berlin", "Hamburg": a city that is its own region names both.
      return {
        text,
        region,
        regionOnly: true,
        city: cityDisplay(first),
        cityKey: CITY_FORMS[firstKey] ?? firstKey,
        ...(regionCountry && { country: regionCountry }),
      };
    }
    if (country || region) return { text };
    return { text, city: cityDisplay(first) || first, cityKey: CITY_FORMS[firstKey] ?? firstKey };
  }
  place.city = cityDisplay(first) || first;
  place.cityKey = CITY_FORMS[firstKey] ?? firstKey;
  const rest = segments.slice(1);
  const last = rest[rest.length - 1] ?? '';
  const lastCountry = countryNamed(last);
  const lastRegions = regionsNamed(last);
  if (lastCountry && (lastRegions.length === 0 || rest.length > 1)) place.country = lastCountry;
  else if (lastCountry && lastRegions.length > 0 && rest.length === 1) {
    // "Atlanta, Georgia": a state and a country; the place is a city, but where is unsure.
    return place;
  }
  const regionSegments = place.country ? rest.slice(0, -1) : rest;
  for (const segment of regionSegments) {
    const region = onlyRegion(segment, place.country?.code);
    if (region) {
      place.region = region;
      break;
    }
  }
  if (!place.country && place.region) {
    const country = countryOfCode(place.region.countryCode);
    if (country) place.country = country;
  }
  return place;
}

/** Whether the place says anything about where it is beyond a bare name: a country, at least. */
export function isLocated(place: Place): boolean {
  return place.country !== undefined;
}

/** Nothing either side says contradicts the other: no two different countries, regions or cities. */
function compatible(a: Place, b: Place): boolean {
  if (a.country && b.country && a.country.code !== b.country.code) return false;
  if (a.region && b.region && a.region.code !== b.region.code) return false;
  return true;
}

/**
 * Same city, and nothing said about region or country contradicts it: "London, Ontario, Canada" is
 * not "London, England, United Kingdom", but "Greater London" could be either.
 */
export function samePlace(a: Place, b: Place): boolean {
  if (!a.cityKey || a.cityKey !== b.cityKey) return false;
  return compatible(a, b);
}

/** Whether `outer` contains `inner` or is the same place: the United States contains Berkeley, CA. */
export function containsPlace(outer: Place, inner: Place): boolean {
  if (outer.regionOnly && outer.region)
    return inner.region?.code === outer.region.code || samePlace(outer, inner);
  if (outer.cityKey) return samePlace(outer, inner);
  if (outer.region) return inner.region?.code === outer.region.code;
  if (outer.country) return inner.country?.code === outer.country.code;
  return false;
}

/** "the United Kingdom", "Brazil": how a sentence names a country or a single-part location. */
export function placeInSentence(name: string): string {
  return /^(united\s|netherlands$|philippines$|czech republic$|dominican republic$|bahamas$|gambia$)/i.test(
    name,
  )
    ? `the ${name}`
    : name;
}
