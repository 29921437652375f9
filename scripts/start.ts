// `npm start`: builds Rapport, opens Chromium with it and a demo profile served at its LinkedIn address.
// With a display you get a browser window to try it in; without one, the demo runs headless and leaves
// screenshots of what a user would see.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { OPTIONS_PAGE, optionsHash, POPUP_PAGE } from '../src/shared/routes';
import { sam } from '../tests/fixtures/sam-rivera';
import { launchRapport, ROOT, readFixture, sendFrom, waitForContact } from './lib/launch';

const DEMO_URL = 'https://www.linkedin.com/in/demo-maya-okafor/';
const ARTIFACTS = process.env.RAPPORT_ARTIFACTS ?? join(ROOT, 'artifacts');

function ensureChromium() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian’s chromium package…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (install.status === 0) return;
  }
  throw new Error(`No Chromium at ${path}: install it (apt-get install chromium) or set CHROME_PATH.`);
}

function build() {
  const run = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit', cwd: ROOT });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

/** A demo "me", so the demo shows Rapport as a user who has filled in My profile sees it. */
async function fillDemoProfile(page: Page) {
  const settings = sam({
    location: 'Leeds, UK',
    education: [
      { school: 'University of Leeds', degree: 'BSc', field: 'Psychology', start: '2016', end: '2019' },
    ],
    obstacles: ['No portfolio yet'],
    signature: 'Sam Rivera',
  });
  await sendFrom(page, 'ui:saveSettings', { settings });
}

async function main() {
  ensureChromium();
  build();
  const headless = !process.env.DISPLAY || process.env.CI === 'true' || process.argv.includes('--headless');
  const rapport = await launchRapport({ headless });
  await rapport.serveLinkedIn({
    '/in/demo-maya-okafor/': readFixture('tests/fixtures/linkedin/demo-profile.html'),
  });
  const options = await rapport.openPage(`${OPTIONS_PAGE}${optionsHash({ section: 'me' })}`);
  await fillDemoProfile(options);
  const profile = await rapport.context.newPage();
  await profile.goto(DEMO_URL);

  // Wait until the content script has read the page and the background has stored the person.
  await waitForContact(options, DEMO_URL);
  const popup = await rapport.openPage(POPUP_PAGE);
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.getByTestId('contact-card').waitFor();

  if (!headless) {
    console.log(
      'Rapport is running. The demo profile, the popup and the options page are open; close the browser to stop.',
    );
    await new Promise((resolve) => rapport.context.on('close', resolve));
    return;
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  await options.reload();
  await options.getByLabel('Your name').waitFor();
  const shots = {
    'demo-profile.png': profile,
    'popup.png': popup,
    'options.png': options,
  };
  for (const [name, page] of Object.entries(shots)) {
    await page.bringToFront();
    await page.screenshot({ path: join(ARTIFACTS, name), fullPage: name !== 'demo-profile.png' });
  }
  await rapport.close();
  console.log('\nRapport ran headless (no display). Screenshots:');
  for (const name of Object.keys(shots)) console.log(`  ${join(ARTIFACTS, name)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
