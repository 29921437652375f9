import { foldedWords } from '../names/fold-text';

/** A location as LinkedIn writes it ("London, England, United Kingdom"), split for comparison. */
export interface Place {
  /** The city as a sentence should name it: "London" for "Greater London". */
  city: string;
  cityKey: string;
  /** Region and country keys after the city. */
  regionKeys: string[];
  /** The last part when there is more than one, e.g. "United Kingdom". */
  country?: string;
}

const US_STATES: Record<string, string> = {
  al: 'alabama',
  ak: 'alaska',
  az: 'arizona',
  ar: 'arkansas',
  ca: 'california',
  co: 'colorado',
  ct: 'connecticut',
  de: 'delaware',
  fl: 'florida',
  ga: 'georgia',
  hi: 'hawaii',
  id: 'idaho',
  il: 'illinois',
  in: 'indiana',
  ia: 'iowa',
  ks: 'kansas',
  ky: 'kentucky',
  la: 'louisiana',
  me: 'maine',
  md: 'maryland',
  ma: 'massachusetts',
  mi: 'michigan',
  mn: 'minnesota',
  ms: 'mississippi',
  mo: 'missouri',
  mt: 'montana',
  ne: 'nebraska',
  nv: 'nevada',
  nh: 'new hampshire',
  nj: 'new jersey',
  nm: 'new mexico',
  ny: 'new york',
  nc: 'north carolina',
  nd: 'north dakota',
  oh: 'ohio',
  ok: 'oklahoma',
  or: 'oregon',
  pa: 'pennsylvania',
  ri: 'rhode island',
  sc: 'south carolina',
  sd: 'south dakota',
  tn: 'tennessee',
  tx: 'texas',
  ut: 'utah',
  vt: 'vermont',
  va: 'virginia',
  wa: 'washington',
  wv: 'west virginia',
  wi: 'wisconsin',
  wy: 'wyoming',
  dc: 'district of columbia',
};

const REGION_FORMS: Record<string, string> = {
  usa: 'united states',
  us: 'united states',
  'united states of america': 'united states',
  uk: 'united kingdom',
  'great britain': 'united kingdom',
};

const CITY_FORMS: Record<string, string> = {
  nyc: 'new york',
  'new york city': 'new york',
  sf: 'san francisco',
};

/** Words LinkedIn adds around a city that do not make it a different place. */
function cityDisplay(segment: string): string {
  return segment
    .trim()
    .replace(/^greater\s+/i, '')
    .replace(/\s+(?:metropolitan|metro)(?:\s+area)?$/i, '')
    .replace(/\s+(?:bay\s+)?area$/i, '')
    .trim();
}

function regionKey(segment: string): string {
  const key = foldedWords(segment).join(' ');
  return US_STATES[key] ?? REGION_FORMS[key] ?? key;
}

/** Undefined for blank or placeless locations ("Remote", "Worldwide"). */
export function parsePlace(location: string | undefined): Place | undefined {
  const segments = (location ?? '')
    .split(',')
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0);
  const first = segments[0];
  if (!first || /^(remote|worldwide|anywhere|global)$/i.test(first)) return undefined;
  const city = cityDisplay(first) || first;
  const folded = foldedWords(city).join(' ');
  const place: Place = {
    city,
    cityKey: CITY_FORMS[folded] ?? folded,
    regionKeys: segments.slice(1).map(regionKey),
  };
  if (segments.length > 1) place.country = segments[segments.length - 1];
  return place;
}

/**
 * Same city, and nothing said about region or country contradicts it: "London, Ontario, Canada" is
 * not "London, England, United Kingdom", but "Greater London" could be either. Regions agree when one
 * side names only regions the other also names ("Portland, OR" within "Portland, Oregon, United States").
 */
export function samePlace(a: Place, b: Place): boolean {
  if (!a.cityKey || a.cityKey !== b.cityKey) return false;
  const [fewer, more] = a.regionKeys.length <= b.regionKeys.length ? [a, b] : [b, a];
  return fewer.regionKeys.every((key) => more.regionKeys.includes(key));
}

/** "the United Kingdom", "Brazil": how a sentence names a country or a single-part location. */
export function placeInSentence(name: string): string {
  return /^(united\s|netherlands$|philippines$|czech republic$|dominican republic$|bahamas$|gambia$)/i.test(
    name,
  )
    ? `the ${name}`
    : name;
}
