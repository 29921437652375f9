import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm start', () => {
  it('builds, runs the demo headless and leaves screenshots of the profile, popup and options page', () => {
    const artifacts = mkdtempSync(join(tmpdir(), 'rapport-start-'));
    const run = spawnSync('npx', ['tsx', 'scripts/start.ts', '--headless'], {
      encoding: 'utf8',
      env: { ...process.env, RAPPORT_ARTIFACTS: artifacts },
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    for (const shot of ['demo-profile.png', 'popup.png', 'options.png']) {
      const path = join(artifacts, shot);
      expect(existsSync(path), shot).toBe(true);
      expect(statSync(path).size).toBeGreaterThan(10_000);
      expect(run.stdout).toContain(path);
    }
  });
});
