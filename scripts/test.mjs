// `npm test`: every check a change must pass, in the order a failure is cheapest to find.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'rapport-test-'));
const vitest = (name, config) => [
  'npx',
  'vitest',
  'run',
  ...(config ? ['--config', config] : []),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, `${name}.json`)}`,
];

const steps = [
  ['typecheck', ['npx', 'tsc', '--noEmit']],
  ['lint and format', ['npx', 'biome', 'ci', '.']],
  ['unit tests', vitest('unit')],
  ['build', ['npx', 'vite', 'build']],
  ['Firefox build', ['npx', 'vite', 'build'], { TARGET: 'firefox' }],
  ['Firefox lint', ['npx', 'web-ext', 'lint', '--source-dir', 'dist-firefox', '--self-hosted']],
  ['size', ['node', 'scripts/size.mjs']],
  ['end-to-end tests in Chromium', vitest('e2e', 'vitest.e2e.config.ts')],
  ['end-to-end tests in Firefox', vitest('firefox', 'vitest.firefox.config.ts')],
];

let passed = 0;
let failed = 0;
function countTests() {
  for (const name of ['unit', 'e2e', 'firefox']) {
    const file = join(reports, `${name}.json`);
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
}

for (const [name, [command, ...args], env] of steps) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) {
    countTests();
    console.error(`\n✖ ${name} failed (exit ${run.status ?? run.signal})`);
    console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
}
countTests();
console.log(`\n✔ all checks passed`);
console.log(`tests: ${passed} passed, ${failed} failed`);
