import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compactRegions } from '../../scripts/build/compact-regions';

const require = createRequire(import.meta.url);
const file = require.resolve('country-state-city/lib/assets/state.json');

describe('the region table as the build ships it', () => {
  const original = readFileSync(file, 'utf8');
  const shipped = JSON.parse(compactRegions(original)) as Record<string, string>[];
  const full = JSON.parse(original) as Record<string, string>[];

  it('keeps every region, in order, with the name and codes place reading uses', () => {
    expect(shipped).toHaveLength(full.length);
    shipped.forEach((region, i) => {
      expect(region).toEqual({
        name: full[i]?.name,
        isoCode: full[i]?.isoCode,
        countryCode: full[i]?.countryCode,
      });
    });
  });

  it('is less than half the size the popup loads, gzipped', () => {
    expect(gzipSync(compactRegions(original)).length).toBeLessThan(gzipSync(original).length / 2);
  });
});
