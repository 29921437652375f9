import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** The selectors of the rules at the top level of a stylesheet (at-rules give their prelude). */
function topLevelPreludes(css: string): string[] {
  const preludes: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of withoutComments(css)) {
    if (char === '{') {
      if (depth === 0) preludes.push(current.trim());
      depth++;
      current = '';
    } else if (char === '}') {
      depth--;
      current = '';
    } else if (depth === 0) current += char;
  }
  return preludes;
}

/** Every selector of every rule, nested or not, split at commas. */
function allSelectors(css: string): string[] {
  const selectors: string[] = [];
  let current = '';
  for (const char of withoutComments(css)) {
    if (char === '{') {
      const prelude = current.trim();
      if (!prelude.startsWith('@')) selectors.push(...prelude.split(',').map((s) => s.trim()));
      current = '';
    } else if (char === '}' || char === ';') current = '';
    else current += char;
  }
  return selectors.filter(Boolean);
}

// The popup's and the options page's code share chunks, and a chunk's CSS is loaded by every page that
// imports it: a page-wide rule in one page's stylesheet would reach the other (the popup's 380 px body once
// squeezed the whole options page). So each page's styles sit inside its page's class, and shared
// components style only their own classes; page-wide rules live in base.css alone.
describe('stylesheets stay on their own page', () => {
  const pages = [
    { dir: 'popup', scope: ':where(.popup-page)' },
    { dir: 'options', scope: ':where(.options-page)' },
  ];
  for (const { dir, scope } of pages) {
    for (const file of cssFiles(join(SRC, dir))) {
      it(`${relative(SRC, file)} is inside ${scope}`, () => {
        expect(topLevelPreludes(readFileSync(file, 'utf8'))).toEqual([scope]);
      });
    }
  }

  for (const file of cssFiles(join(SRC, 'ui')).filter((f) => !f.endsWith('base.css'))) {
    it(`${relative(SRC, file)} styles only its own classes`, () => {
      for (const selector of allSelectors(readFileSync(file, 'utf8'))) {
        expect(selector, selector).toMatch(/\./);
      }
    });
  }

  it('each page carries its class', () => {
    expect(readFileSync(join(SRC, 'popup/index.html'), 'utf8')).toMatch(/<html[^>]*class="popup-page"/);
    expect(readFileSync(join(SRC, 'options/index.html'), 'utf8')).toMatch(/<html[^>]*class="options-page"/);
  });
});
