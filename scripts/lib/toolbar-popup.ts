import type { Page } from 'playwright-core';
import { POPUP_PAGE } from '../../src/shared/routes';
import type { Rapport } from './launch';

/** The popup as a user opens it: from Rapport's toolbar button, over the page in a tab. */
export interface ToolbarPopup {
  /** Runs a script expression in the popup and returns its (JSON-safe) value. */
  evaluate: <T>(expression: string) => Promise<T>;
  /** Polls `expression` in the popup until it returns something other than null or undefined. */
  waitFor: <T>(expression: string, timeoutMs?: number) => Promise<T>;
  close: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Clicks the toolbar button on `page`'s tab and attaches to the popup that opens (Rapport's, unless the
 * action's popup was set to another page of the extension). The toolbar popup is
 * not one of Playwright's pages, so it is reached through DevTools' browser session; its messages travel
 * inside that session (an unflattened attach), which needs no second connection.
 */
export async function openToolbarPopup(
  rapport: Rapport,
  page: Page,
  popupPath = POPUP_PAGE,
): Promise<ToolbarPopup> {
  const session = await rapport.browserSession();
  const popupUrl = `chrome-extension://${rapport.extensionId}/${popupPath}`;
  const popupTargets = async () =>
    (await session.send('Target.getTargets')).targetInfos.filter(
      (t) => t.type === 'page' && t.url === popupUrl,
    );
  // Rapport's popup page may also be open in tabs; the toolbar popup is the one that was not there before.
  const before = new Set((await popupTargets()).map((t) => t.targetId));
  await rapport.clickToolbarButton(page);
  let targetId: string | undefined;
  for (const started = Date.now(); !targetId && Date.now() - started < 10_000; await sleep(10)) {
    targetId = (await popupTargets()).find((t) => !before.has(t.targetId))?.targetId;
  }
  if (!targetId) throw new Error('The toolbar button opened no popup');

  const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
  let lastId = 0;
  const call = (method: string, params: object) =>
    new Promise<{ result?: { value?: unknown }; exceptionDetails?: { text: string } }>((resolve, reject) => {
      const id = ++lastId;
      const onMessage = (event: { sessionId: string; message: string }) => {
        const reply = JSON.parse(event.message) as {
          id?: number;
          result?: never;
          error?: { message: string };
        };
        if (event.sessionId !== sessionId || reply.id !== id) return;
        session.off('Target.receivedMessageFromTarget', onMessage);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply.result ?? {});
      };
      session.on('Target.receivedMessageFromTarget', onMessage);
      session
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(reject);
    });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const reply = await call('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (reply.exceptionDetails) throw new Error(`In the popup: ${reply.exceptionDetails.text}`);
    return reply.result?.value as T;
  };
  return {
    evaluate,
    waitFor: async <T>(expression: string, timeoutMs = 10_000) => {
      for (const started = Date.now(); Date.now() - started < timeoutMs; await sleep(10)) {
        const value = await evaluate<T | null | undefined>(expression);
        if (value !== null && value !== undefined) return value;
      }
      // What the popup showed instead says more than the expression that never held.
      const shown = await evaluate<string>('document.body.innerText').catch(() => '(unreadable)');
      throw new Error(`The popup never satisfied: ${expression}\nIt showed: ${shown.slice(0, 600)}`);
    },
    close: async () => {
      await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await session.send('Target.closeTarget', { targetId });
    },
  };
}
