import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './launch';

/** The Firefox build under test. */
export const DIST_FIREFOX = process.env.RAPPORT_DIST_FIREFOX ?? join(ROOT, 'dist-firefox');
/** The add-on id in manifest.config.ts. */
export const ADDON_ID = 'rapport@rapport.invalid';
/** A fixed internal UUID, so Rapport's pages have a known address in every run. */
export const FIREFOX_UUID = '2f8c1a7e-5b3d-4c6e-9a1f-0d7e3b2c4a51';
export const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(`No Firefox at ${path}. Install it (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  }
  return path;
}

export interface FirefoxRapport {
  browser: Browser;
  /** Opens one of Rapport's own pages in a new tab, e.g. "src/options/index.html". */
  openPage: (path: string) => Promise<Page>;
  /** Opens a tab whose requests to www.linkedin.com are answered with these pages (by path); all else fails. */
  openLinkedIn: (url: string, pages: Record<string, string>) => Promise<Page>;
  /** Opens a tab whose requests are answered with these pages (by address without query); all else fails. */
  openSite: (url: string, pages: Record<string, string>) => Promise<Page>;
  close: () => Promise<void>;
}

/**
 * Navigates a tab over WebDriver BiDi and waits for the page to load: puppeteer's page.goto never
 * resolves on moz-extension:// pages.
 */
export async function navigate(page: Page, url: string): Promise<void> {
  const context = (
    page.mainFrame() as unknown as {
      browsingContext: { navigate: (url: string, wait: 'complete') => Promise<unknown> };
    }
  ).browsingContext;
  await context.navigate(url, 'complete');
}

/** Starts Firefox ESR headless with the built add-on installed, offline: only served pages exist. */
export async function launchFirefoxRapport({
  dist = DIST_FIREFOX,
}: {
  dist?: string;
} = {}): Promise<FirefoxRapport> {
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error('No build in dist-firefox/: run `npm run build:firefox` first.');
  const profileDir = mkdtempSync(join(tmpdir(), 'rapport-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_UUID }),
      // Notifications shown by Firefox itself (not the desktop's), so they exist in a headless run.
      'alerts.useSystemBackend': false,
      'network.dns.disableIPv6': true,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(dist);

  const openServed = async (url: string, pages: Record<string, string>) => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const at = new URL(request.url());
      const body = pages[`${at.origin}${at.pathname}`];
      if (body === undefined) return void request.abort('internetdisconnected');
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
    await page.goto(url);
    return page;
  };

  return {
    browser,
    openPage: async (path) => {
      const page = await browser.newPage();
      await navigate(page, `${FIREFOX_ORIGIN}/${path}`);
      return page;
    },
    openLinkedIn: (url, pages) =>
      openServed(
        url,
        Object.fromEntries(
          Object.entries(pages).map(([path, body]) => [`https://www.linkedin.com${path}`, body]),
        ),
      ),
    openSite: openServed,
    close: async () => {
      await browser.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Sends a message from one of Rapport's pages, as its popup and options page do; a refusal throws. */
export async function sendFromFirefox<T = unknown>(page: Page, type: string, data: unknown): Promise<T> {
  const reply = (await page.evaluate(
    (m) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage(m),
    { type, data },
  )) as { ok: true; result: T } | { ok: false; error: string };
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.result;
}
