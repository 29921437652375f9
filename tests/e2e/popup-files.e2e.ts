// The popup's first view is paid for on every click of the toolbar button: these hold the built popup to
// the shape that keeps it quick (see scripts/build/), and guard the way that shape could go wrong.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/launch';

const POPUP_PAGE = join(DIST, 'src/popup/index.html');
const START_MARK = 'rapport:popup-start';

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const scripts = () => [...files(DIST)].filter((f) => f.endsWith('.js'));
const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
/** Files a built script loads: static imports, re-exports and dynamic imports of sibling files. */
const importsOf = (code: string) =>
  [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1] as string);

describe('the built popup page', () => {
  const html = readFileSync(POPUP_PAGE, 'utf8');
  const tags = [...html.matchAll(/<(script|link)\b[^>]*>/g)].map((m) => m[0]);

  it('asks for its state from a self-contained classic script that does not wait for the page', () => {
    const early = tags.filter((t) => t.startsWith('<script') && !/type="module"/.test(t));
    expect(early).toHaveLength(1);
    const tag = early[0] as string;
    expect(tag).toMatch(/\basync\b/);
    const code = readFileSync(join(DIST, attribute(tag, 'src') as string), 'utf8');
    expect(importsOf(code)).toEqual([]);
    expect(code).toContain('ui:getPopupState');
  });

  it('loads its first view from at most four scripts and one stylesheet', () => {
    const modules = tags.filter((t) => /type="module"|rel="modulepreload"/.test(t));
    const styles = tags.filter((t) => /rel="stylesheet"/.test(t));
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.length).toBeLessThanOrEqual(4);
    expect(styles).toHaveLength(1);
  });

  it('starts from its own entry, which no other page or chunk imports', () => {
    const entryTag = tags.find((t) => /<script\b[^>]*type="module"/.test(t)) as string;
    const entry = join(DIST, attribute(entryTag, 'src') as string);
    // Chunks are shared between pages: the popup's start-up code must run on the popup alone.
    const starting = scripts().filter((f) => readFileSync(f, 'utf8').includes(START_MARK));
    expect(starting.map((f) => relative(DIST, f))).toEqual([relative(DIST, entry)]);
    const entryName = entry.replace(/^.*\//, '');
    const importers = scripts().filter((f) =>
      importsOf(readFileSync(f, 'utf8')).some((i) => i.endsWith(`/${entryName}`) || i === entryName),
    );
    expect(importers.map((f) => relative(DIST, f))).toEqual([]);
  });
});
