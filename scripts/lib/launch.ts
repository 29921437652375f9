import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The build under test; RAPPORT_DIST points elsewhere so parallel builds do not overwrite each other. */
export const DIST = process.env.RAPPORT_DIST ?? join(ROOT, 'dist');

export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}. Install it (apt-get install chromium) or set CHROME_PATH.`);
  }
  return path;
}

export interface Rapport {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens one of Rapport's own pages, e.g. "src/popup/index.html". */
  openPage: (path: string) => Promise<Page>;
  /** Serves `html` at a real LinkedIn URL (and its sub-paths), so the content script runs as on LinkedIn. */
  serveLinkedIn: (pages: Record<string, string>) => Promise<void>;
  /** Requests that left the machine or came from Rapport itself; there must be none. */
  networkViolations: () => string[];
  close: () => Promise<void>;
}

const isNetwork = (url: string) => /^(https?|wss?):/i.test(url);

function requestOrigin(request: Request): string {
  if (request.serviceWorker()) return request.serviceWorker()?.url() ?? 'service worker';
  try {
    return request.frame().page().url();
  } catch {
    return 'unknown';
  }
}

/** Starts Chromium with the built extension loaded, offline: only the LinkedIn pages a test serves exist. */
export async function launchRapport({ headless = true }: { headless?: boolean } = {}): Promise<Rapport> {
  if (!existsSync(join(DIST, 'manifest.json')))
    throw new Error('No build in dist/: run `npm run build` first.');
  const userDataDir = mkdtempSync(join(tmpdir(), 'rapport-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const violations: string[] = [];
  context.on('request', (request) => {
    if (!isNetwork(request.url())) return;
    const origin = requestOrigin(request);
    const fromRapport = origin.startsWith('chrome-extension://');
    const servedLinkedIn = new URL(request.url()).hostname === 'www.linkedin.com' && !fromRapport;
    if (!servedLinkedIn) violations.push(`${request.method()} ${request.url()} from ${origin}`);
  });
  // Nothing may reach the network: every request that is not a served LinkedIn page fails at once.
  await context.route(/^(https?|wss?):/, (route) => route.abort('internetdisconnected'));

  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    worker,
    openPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    serveLinkedIn: async (pages) => {
      await context.route('https://www.linkedin.com/**', (route) => {
        const url = new URL(route.request().url());
        const body = pages[url.pathname] ?? pages[`${url.pathname.replace(/\/?$/, '/')}`];
        if (body === undefined)
          return route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' });
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      });
    },
    networkViolations: () => [...violations],
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function readFixture(relative: string): string {
  return readFileSync(join(ROOT, relative), 'utf8');
}
