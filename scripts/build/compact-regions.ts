import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const REGIONS = /country-state-city[\\/]lib[\\/]assets[\\/]state\.json$/;

interface Region {
  name: string;
  isoCode: string;
  countryCode: string;
}

/** The region table with only the fields Rapport reads: names and codes, no coordinates. */
export function compactRegions(json: string): string {
  const regions = JSON.parse(json) as Region[];
  return JSON.stringify(regions.map(({ name, isoCode, countryCode }) => ({ name, isoCode, countryCode })));
}

/**
 * country-state-city's region table carries each region's latitude and longitude, which Rapport never
 * reads: three quarters of the popup's first-view JavaScript, gzipped. The build ships the table without
 * them; everything else about it (names, codes, order) is the package's own.
 */
export function compactRegionTable(): Plugin {
  return {
    name: 'rapport:compact-region-table',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!REGIONS.test(file)) return;
      return compactRegions(readFileSync(file, 'utf8'));
    },
  };
}
