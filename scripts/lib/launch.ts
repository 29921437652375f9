import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BrowserContext,
  type CDPSession,
  chromium,
  type Page,
  type Request,
  type Worker,
} from 'playwright-core';

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

/** Flags every Chromium Rapport starts gets: nothing may reach the network or run in the background. */
export const OFFLINE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Rapport {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens one of Rapport's own pages, e.g. "src/popup/index.html". */
  openPage: (path: string) => Promise<Page>;
  /** Serves pages (by path) at their real LinkedIn URLs, so the content script runs as on LinkedIn. */
  serveLinkedIn: (pages: Record<string, string>) => Promise<void>;
  /** Serves pages (by path) on another site, e.g. https://devdays.example. */
  serveSite: (origin: string, pages: Record<string, string>) => Promise<void>;
  /**
   * Clicks Rapport's toolbar button for a tab, as a user would: the browser then grants activeTab on
   * that tab, which a context-menu click also does and a test cannot otherwise produce.
   */
  clickToolbarButton: (page: Page) => Promise<void>;
  /** DevTools' browser-wide session: what no page can do, such as reaching the toolbar popup. */
  browserSession: () => Promise<CDPSession>;
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
export async function launchRapport({
  headless = true,
  dist = DIST,
}: {
  headless?: boolean;
  dist?: string;
} = {}): Promise<Rapport> {
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error('No build in dist/: run `npm run build` first.');
  const userDataDir = mkdtempSync(join(tmpdir(), 'rapport-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      ...OFFLINE_CHROMIUM_ARGS,
      // A loopback-only DevTools port, for clicking the toolbar button (Extensions.triggerAction).
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      '--enable-unsafe-extension-debugging',
    ],
  });
  const servedHosts = new Set(['www.linkedin.com']);
  const violations: string[] = [];
  context.on('request', (request) => {
    if (!isNetwork(request.url())) return;
    const origin = requestOrigin(request);
    const fromRapport = origin.startsWith('chrome-extension://');
    const served = servedHosts.has(new URL(request.url()).hostname) && !fromRapport;
    if (!served) violations.push(`${request.method()} ${request.url()} from ${origin}`);
  });
  // Nothing may reach the network: every request that is not a served LinkedIn page fails at once.
  await context.route(/^(https?|wss?):/, (route) => route.abort('internetdisconnected'));

  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;

  const servePages = async (origin: string, pages: Record<string, string>) => {
    servedHosts.add(new URL(origin).hostname);
    await context.route(`${origin}/**`, (route) => {
      const url = new URL(route.request().url());
      const body = pages[url.pathname] ?? pages[`${url.pathname.replace(/\/?$/, '/')}`];
      if (body === undefined)
        return route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
  };
  let browserSession: CDPSession | undefined;
  const getBrowserSession = async () => {
    if (!browserSession) {
      const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      browserSession = await browser.newBrowserCDPSession();
    }
    return browserSession;
  };

  return {
    context,
    extensionId,
    worker,
    openPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    serveLinkedIn: (pages) => servePages('https://www.linkedin.com', pages),
    serveSite: servePages,
    clickToolbarButton: async (page) => {
      const session = await getBrowserSession();
      // The action belongs to the tab that holds the page, which DevTools lists as a target of its own.
      const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((t) => t.url === page.url());
      if (!tab) throw new Error(`No tab shows ${page.url()}`);
      await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
    },
    browserSession: getBrowserSession,
    networkViolations: () => [...violations],
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Sends a message from one of Rapport's own pages, as the popup and options page do, and returns the
 * result; the background's refusal becomes a thrown error naming the message.
 */
export async function sendFrom<T = unknown>(page: Page, type: string, data: unknown): Promise<T> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), { type, data })) as
    | { ok: true; result: T }
    | { ok: false; error: string };
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.result;
}

/**
 * Waits until the background has saved the person at `url` (capture runs as the page loads), asking
 * from one of Rapport's own pages.
 */
export async function waitForContact(page: Page, url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await sendFrom(page, 'ui:getContact', { url }))) {
    if (Date.now() > deadline) throw new Error(`${url} was not captured; see the browser console.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function readFixture(relative: string): string {
  return readFileSync(join(ROOT, relative), 'utf8');
}
