// Firefox's own UI, driven as a user meets it: the content-area context menu a right-click opens and the
// notification window Rapport's reminders appear in. Both live in the browser's chrome, which WebDriver
// BiDi reaches only when Firefox runs with --remote-allow-system-access, through browsing contexts of
// "moz:scope": "chrome". BiDi's input commands refuse chrome contexts, so a click there is synthesized
// with window.synthesizeMouseEvent, which is what BiDi's own input actions use inside a page.
import type { Browser, Page } from 'puppeteer-core';
import { ADDON_ID, FIREFOX_ORIGIN } from './launch-firefox';

interface BidiContext {
  context: string;
  url: string;
  children?: BidiContext[];
}
type EvaluateResult =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };
interface Bidi {
  send: (method: string, params: object) => Promise<{ result: unknown }>;
}

const BROWSER_WINDOW = 'chrome://browser/content/browser.xhtml';
const ALERT_WINDOW = 'chrome://global/content/alerts/alert.xhtml';
const POLL_MS = 200;

const bidi = (browser: Browser) => (browser as unknown as { connection: Bidi }).connection;

async function chromeWindows(browser: Browser, url: string): Promise<string[]> {
  const { result } = await bidi(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  return (result as { contexts: BidiContext[] }).contexts.filter((c) => c.url === url).map((c) => c.context);
}

/** Runs `fn` in a chrome window with string arguments; its result comes back through JSON. */
async function inChrome<T>(
  browser: Browser,
  context: string,
  fn: (...args: string[]) => T | Promise<T>,
  ...args: string[]
): Promise<T> {
  const { result } = await bidi(browser).send('script.callFunction', {
    functionDeclaration: `async (...args) => JSON.stringify(await (${fn.toString()})(...args))`,
    arguments: args.map((value) => ({ type: 'string', value })),
    target: { context },
    awaitPromise: true,
  });
  const evaluated = result as EvaluateResult;
  if (evaluated.type === 'exception')
    throw new Error(`In Firefox's chrome: ${evaluated.exceptionDetails.text}`);
  return JSON.parse(String(evaluated.result.value)) as T;
}

async function until<T>(what: string, timeoutMs: number, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      // A window can close between finding it and asking it something; the next try finds the new one.
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`Timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

async function browserWindow(browser: Browser): Promise<string> {
  const [context] = await chromeWindows(browser, BROWSER_WINDOW);
  if (!context) throw new Error('No Firefox browser window');
  return context;
}

/** Firefox's element id for one of an add-on's context-menu items (ext-menus.js, makeWidgetId). */
const menuElementId = (itemId: string) =>
  `${ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-menuitem-_${itemId}`;

/**
 * Right-clicks `selector` in the tab as a user does and waits for Firefox's context menu to open. Returns
 * the titles of Rapport's items in it, as the browser chose them for what was clicked.
 */
export async function openContextMenu(browser: Browser, page: Page, selector: string): Promise<string[]> {
  const chromeWindow = await browserWindow(browser);
  await page.bringToFront();
  await page.click(selector, { button: 'right' });
  const prefix = menuElementId('');
  return until('the context menu', 15_000, () =>
    inChrome(
      browser,
      chromeWindow,
      (ours) => {
        const menu = document.getElementById('contentAreaContextMenu') as HTMLElement & { state: string };
        if (menu.state !== 'open') return undefined;
        return [...menu.querySelectorAll(`menuitem[id^="${ours}"]`)]
          .filter((item) => !(item as HTMLElement).hidden)
          .map((item) => item.getAttribute('label') ?? '');
      },
      prefix,
    ),
  );
}

/**
 * Chooses one of Rapport's items in the open context menu, opening Rapport's submenu first when Firefox
 * grouped the items in one, and waits for the menu to close.
 */
export async function chooseMenuItem(browser: Browser, itemId: string): Promise<void> {
  const chromeWindow = await browserWindow(browser);
  await inChrome(
    browser,
    chromeWindow,
    async (elementId) => {
      type Popup = HTMLElement & { activateItem: (item: Element) => void; state: string };
      const menu = document.getElementById('contentAreaContextMenu') as Popup;
      const item = document.getElementById(elementId);
      if (!item) throw new Error(`${elementId} is not in the context menu`);
      const popup = item.parentElement as Popup;
      if (popup !== menu && popup.state !== 'open') {
        const shown = new Promise((resolve) => popup.addEventListener('popupshown', resolve, { once: true }));
        (popup.parentElement as HTMLElement & { openMenu: (open: boolean) => void }).openMenu(true);
        await shown;
      }
      popup.activateItem(item);
      return true;
    },
    menuElementId(itemId),
  );
  await until('the context menu to close', 15_000, () =>
    inChrome(browser, chromeWindow, () => {
      const menu = document.getElementById('contentAreaContextMenu') as HTMLElement & { state: string };
      return menu.state === 'closed' ? true : undefined;
    }),
  );
}

/**
 * Reads Rapport's toolbar popup while Firefox shows it, or gives undefined when it is not open. The popup
 * is a panel of the browser window, not a BiDi browsing context, so `read` runs in its document as a
 * frame script, and must be synchronous and self-contained.
 */
export async function readOpenPopup<T>(
  browser: Browser,
  read: (document: Document) => T,
): Promise<T | undefined> {
  const script = `sendAsyncMessage('rapport:read', JSON.stringify((${read.toString()})(content.document)))`;
  const text = await inChrome(
    browser,
    await browserWindow(browser),
    (origin, source) => {
      type Frame = HTMLElement & {
        currentURI?: { spec: string };
        messageManager: {
          addMessageListener: (name: string, listener: (message: { data: string }) => void) => void;
          loadFrameScript: (url: string, delayed: boolean) => void;
        };
      };
      const popup = [...document.querySelectorAll('panel')]
        .filter((panel) => (panel as HTMLElement & { state: string }).state === 'open')
        .flatMap((panel) => [...panel.querySelectorAll('browser')] as Frame[])
        .find((frame) => frame.currentURI?.spec.startsWith(`${origin}/src/popup/`));
      if (!popup) return null;
      return new Promise<string>((resolve) => {
        popup.messageManager.addMessageListener('rapport:read', (message) => resolve(message.data));
        popup.messageManager.loadFrameScript(`data:,${encodeURIComponent(source)}`, false);
      });
    },
    FIREFOX_ORIGIN,
    script,
  );
  return text === null ? undefined : (JSON.parse(text) as T);
}

/** Closes Rapport's toolbar popup, as a click elsewhere does. */
export async function closePopup(browser: Browser): Promise<void> {
  await inChrome(browser, await browserWindow(browser), () => {
    for (const panel of document.querySelectorAll('panel')) {
      const open = panel as HTMLElement & { state: string; hidePopup: () => void };
      if (open.state === 'open') open.hidePopup();
    }
    return true;
  });
}

/** Titles of the notifications Firefox shows now, each in its own small window. */
export async function shownNotifications(browser: Browser): Promise<string[]> {
  const titles: string[] = [];
  for (const context of await chromeWindows(browser, ALERT_WINDOW)) {
    const title = await inChrome(browser, context, () =>
      String((document.getElementById('alertTitleLabel') as HTMLElement & { value?: string })?.value ?? ''),
    ).catch(() => '');
    if (title) titles.push(title);
  }
  return titles;
}

/** Clicks the notification Firefox shows with this title, where a user clicks: on its body. */
export async function clickNotification(browser: Browser, title: string): Promise<void> {
  await until(`a notification "${title}"`, 30_000, async () => {
    for (const context of await chromeWindows(browser, ALERT_WINDOW)) {
      const clicked = await inChrome(
        browser,
        context,
        (wanted) => {
          const label = document.getElementById('alertTitleLabel') as HTMLElement & { value?: string };
          if (label?.value !== wanted) return false;
          const box = (document.getElementById('alertBox') as HTMLElement).getBoundingClientRect();
          const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
          const win = window as unknown as { synthesizeMouseEvent: SynthesizeMouse };
          for (const type of ['mousedown', 'mouseup']) {
            win.synthesizeMouseEvent(
              type,
              x,
              y,
              { button: 0, buttons: type === 'mousedown' ? 1 : 0, clickCount: 1 },
              {
                isDOMEventSynthesized: true,
              },
            );
          }
          return true;
        },
        title,
      );
      if (clicked) return true;
    }
    return undefined;
  });
}

type SynthesizeMouse = (
  type: string,
  x: number,
  y: number,
  event: { button: number; buttons: number; clickCount: number },
  options: { isDOMEventSynthesized: boolean },
) => boolean;
