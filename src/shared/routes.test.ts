import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import manifestExport from '../../manifest.config';
import {
  contactPageHash,
  OPTIONS_PAGE,
  OPTIONS_SECTIONS,
  type OptionsRoute,
  optionsHash,
  optionsPageLink,
  POPUP_PAGE,
  parseOptionsHash,
} from './routes';

const route: fc.Arbitrary<OptionsRoute> = fc.oneof(
  fc.constantFrom(...OPTIONS_SECTIONS).map((section) => ({ section }) as OptionsRoute),
  fc.webUrl({ withQueryParameters: true, withFragments: true }).map((contactUrl) => ({
    section: 'contacts' as const,
    contactUrl,
  })),
  fc.string({ unit: 'grapheme', minLength: 1 }).map((slug) => ({
    section: 'contacts' as const,
    contactUrl: `https://www.linkedin.com/in/${slug}/`,
  })),
  fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((importTab) => ({ section: 'me' as const, importTab })),
);

const manifest = manifestExport as { action?: { default_popup?: string }; options_ui?: { page?: string } };

describe('options page routes', () => {
  it('reads back every route it writes', () => {
    fc.assert(
      fc.property(route, (r) => {
        expect(parseOptionsHash(optionsHash(r))).toEqual(r);
      }),
    );
  });

  it.each([
    ['', 'contacts'],
    ['#contacts', 'contacts'],
    ['#contact=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fada%2F', 'contacts'],
    ['#journal', 'journal'],
    ['#me', 'me'],
    ['#me-from-tab=12', 'me'],
    ['#reminders', 'reminders'],
    ['#questions', 'questions'],
    ['#templates', 'templates'],
    ['#data', 'data'],
    ['#nonsense', 'contacts'],
    ['journal', 'contacts'],
  ])('%s opens %s', (hash, section) => expect(parseOptionsHash(hash).section).toBe(section));

  it('ignores broken contact and tab hashes, opening the section alone', () => {
    expect(parseOptionsHash('#contact=')).toEqual({ section: 'contacts' });
    expect(parseOptionsHash('#contact=%E0%A4%A')).toEqual({ section: 'contacts' });
    expect(parseOptionsHash('#me-from-tab=')).toEqual({ section: 'me' });
    expect(parseOptionsHash('#me-from-tab=4x')).toEqual({ section: 'me' });
    expect(parseOptionsHash('#me')).toEqual({ section: 'me' });
    expect(parseOptionsHash('#me-from-tab=42')).toEqual({ section: 'me', importTab: 42 });
  });

  it('names the pages the manifest declares, and links to them from inside the extension', () => {
    expect(manifest.action?.default_popup).toBe(POPUP_PAGE);
    expect(manifest.options_ui?.page).toBe(OPTIONS_PAGE);
    const url = 'https://www.linkedin.com/in/josé-garcía/';
    expect(optionsPageLink({ section: 'contacts', contactUrl: url })).toBe(
      `/src/options/index.html${contactPageHash(url)}`,
    );
  });
});
