import states from 'country-state-city/lib/assets/state.json';
import fc from 'fast-check';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { describe, expect, it } from 'vitest';
import { foldedWords } from '../names/fold-text';
import { placeKey } from './place-key';

const slow = (text: string) => foldedWords(text).join(' ');

describe('placeKey', () => {
  it('folds every region name exactly as foldedWords does', () => {
    for (const { name } of states as { name: string }[]) expect(placeKey(name)).toBe(slow(name));
  });

  it('folds every country name and alias exactly as foldedWords does', () => {
    countries.registerLocale(en);
    for (const code of Object.keys(countries.getAlpha2Codes()))
      for (const name of countries.getName(code, 'en', { select: 'all' }) ?? [])
        expect(placeKey(name)).toBe(slow(name));
  });

  it('agrees with foldedWords on any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', 'ü', '-', '.', '&', 'ß', ',') }),
        (text) => {
          expect(placeKey(text)).toBe(slow(text));
        },
      ),
    );
  });
});
