import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The README's layering rules are Biome `noRestrictedImports` rules per folder (biome.json "overrides"),
// and `npm test` runs `biome ci .`. These cases prove the rules bite: each scratch file is linted with the
// project's own configuration in a scratch folder laid out like src/, so the checkout is never touched.
const root = resolve(__dirname, '../..');
const biome = join(root, 'node_modules/.bin/biome');

const cases: { file: string; source: string; allowed: boolean }[] = [
  { file: 'src/core/names/uses-dexie.ts', source: "import Dexie from 'dexie';", allowed: false },
  { file: 'src/core/uses-preact.ts', source: "import { h } from 'preact';", allowed: false },
  { file: 'src/core/uses-hooks.ts', source: "import { useState } from 'preact/hooks';", allowed: false },
  { file: 'src/core/names/uses-db.ts', source: "import { x } from '../../db/contacts';", allowed: false },
  { file: 'src/core/uses-ui.ts', source: "import { x } from '../ui/format';", allowed: false },
  { file: 'src/core/uses-chrome.ts', source: 'export const id = chrome.runtime.id;', allowed: false },
  {
    file: 'src/core/names/uses-shared.ts',
    source: "import { x } from '../../shared/profile';",
    allowed: true,
  },
  { file: 'src/core/names/uses-core.ts', source: "import { x } from '../profile/periods';", allowed: true },
  { file: 'src/capture/uses-db.ts', source: "import { x } from '../db/contacts';", allowed: false },
  { file: 'src/capture/uses-ui.ts', source: "import { x } from '../ui/format';", allowed: false },
  { file: 'src/capture/uses-preact.ts', source: "import { h } from 'preact';", allowed: false },
  { file: 'src/capture/uses-shared.ts', source: "import { x } from '../shared/protocol';", allowed: true },
  { file: 'src/popup/uses-dexie.ts', source: "import Dexie from 'dexie';", allowed: false },
  { file: 'src/popup/due/uses-db.ts', source: "import { x } from '../../db/contacts';", allowed: false },
  {
    file: 'src/options/uses-background.ts',
    source: "import { x } from '../background/router';",
    allowed: false,
  },
  { file: 'src/options/uses-popup.ts', source: "import { x } from '../popup/App';", allowed: false },
  { file: 'src/ui/uses-options.ts', source: "import { x } from '../options/App';", allowed: false },
  { file: 'src/ui/uses-db.ts', source: "import { x } from '../db/contacts';", allowed: false },
  { file: 'src/options/uses-ui.ts', source: "import { x } from '../ui/format';", allowed: true },
  { file: 'src/shared/uses-core.ts', source: "import { x } from '../core/names/fold-text';", allowed: false },
  { file: 'src/shared/uses-ui.ts', source: "import { x } from '../ui/format';", allowed: false },
  { file: 'src/db/uses-dexie.ts', source: "import Dexie from 'dexie';", allowed: true },
  { file: 'src/db/uses-preact.ts', source: "import { h } from 'preact';", allowed: false },
  { file: 'src/background/uses-dexie.ts', source: "import Dexie from 'dexie';", allowed: true },
  { file: 'src/background/uses-popup.ts', source: "import { x } from '../popup/App';", allowed: false },
  {
    file: 'src/background/handlers/uses-own-popup.ts',
    source: "import { x } from './popup';",
    allowed: true,
  },
];

let scratch: string;
let output: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'rapport-layers-'));
  const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
  delete config.$schema;
  config.vcs = { enabled: false };
  config.files = { includes: ['**'] };
  writeFileSync(join(scratch, 'biome.json'), JSON.stringify(config));
  for (const { file, source } of cases) {
    mkdirSync(join(scratch, dirname(file)), { recursive: true });
    // Every scratch file uses what it imports, so only the layering rules have anything to say.
    const used = source.startsWith('import')
      ? `${source}\nexport const used = [${importedName(source)}];\n`
      : source;
    writeFileSync(join(scratch, file), used);
  }
  const run = spawnSync(biome, ['lint', '--colors=off', '--max-diagnostics=none', 'src'], {
    cwd: scratch,
    encoding: 'utf8',
  });
  output = `${run.stdout}\n${run.stderr}`;
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function importedName(source: string): string {
  return /import\s+(?:\{\s*)?(\w+)/.exec(source)?.[1] ?? '';
}

function flagged(file: string): boolean {
  return output
    .split('\n')
    .some((line) => line.startsWith(file) && /lint\/style\/noRestricted(Imports|Globals)/.test(line));
}

describe('the layering rules in biome.json', () => {
  it.each(cases)('$file: $source', ({ file, allowed }) => {
    expect(flagged(file)).toBe(!allowed);
  });

  it('fail the lint step when a file breaks one', () => {
    const run = spawnSync(biome, ['lint', '--colors=off', 'src/core/names/uses-dexie.ts'], {
      cwd: scratch,
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    const allowed = spawnSync(biome, ['lint', '--colors=off', 'src/db/uses-dexie.ts'], {
      cwd: scratch,
      encoding: 'utf8',
    });
    expect(allowed.status, allowed.stdout).toBe(0);
  });
});
