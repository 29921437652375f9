import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SECTION_ROOTS } from '../../src/capture/selectors';
import { FIXTURES, type LoadedPage, loadPage } from '../fixtures/linkedin/load-page';
import { SECTION_ROOT_FIXTURES } from './selector-fixtures';

const SHARED = join(FIXTURES, '../../../../shared/fixtures/linkedin');
const sharedPresent = existsSync(SHARED);
const pages = new Map<string, LoadedPage>();
const page = (name: string): LoadedPage | undefined => {
  const dir = name.startsWith('li-') ? SHARED : FIXTURES;
  const path = join(dir, `${name}.html`);
  if (!existsSync(path)) return undefined;
  let loaded = pages.get(name);
  if (!loaded) {
    loaded = loadPage(path);
    pages.set(name, loaded);
  }
  return loaded;
};
afterAll(async () => {
  for (const p of pages.values()) await p.close();
});

const sections = Object.keys(SECTION_ROOTS) as (keyof typeof SECTION_ROOTS)[];

describe('section selectors and the saved pages that prove them', () => {
  it.each(sections)('every alternative for %s is listed with its page', (section) => {
    expect(Object.keys(SECTION_ROOT_FIXTURES[section])).toEqual(SECTION_ROOTS[section].split(','));
  });

  it.each(sections)('each page named for %s has what its alternative selects', (section) => {
    for (const [alternative, name] of Object.entries(SECTION_ROOT_FIXTURES[section])) {
      if (name === null) continue;
      const loaded = page(name);
      if (!loaded && name.startsWith('li-') && !sharedPresent && !process.env.CI) continue;
      expect(loaded, `${name} is missing`).toBeDefined();
      expect(loaded?.document.querySelector(alternative), `${alternative} in ${name}`).not.toBeNull();
    }
  });
});
