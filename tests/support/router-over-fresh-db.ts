import { createHandlers } from '../../src/background/handlers';
import type { HandlerDeps } from '../../src/background/handlers/deps';
import { memorySessionArea, popupHandOff } from '../../src/background/popup-hand-off';
import { createRouter, type SenderInfo } from '../../src/background/router';
import type { RapportDb } from '../../src/db/database';
import { freshDb } from './test-db';

/** The extension id route tests send from, and the senders Rapport's own pages are. */
export const TEST_EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${TEST_EXTENSION_ID}/`;
export const optionsPage: SenderInfo = { id: TEST_EXTENSION_ID, url: `${ORIGIN}src/options/index.html` };
export const popupPage: SenderInfo = { id: TEST_EXTENSION_ID, url: `${ORIGIN}src/popup/index.html` };

interface Options extends Partial<Omit<HandlerDeps, 'db'>> {
  db?: RapportDb;
  extensionId?: string;
  /** Which pages may send capture messages; LinkedIn profiles unless told. */
  isCapturePage?: (url: string) => boolean;
}

/**
 * The background's real router and handlers over a fresh fake-indexeddb database: every route test
 * starts here, so a new dependency of the handlers is added once. Nothing reads a tab unless told.
 */
export function routerOverFreshDb(options: Options = {}) {
  const {
    db = freshDb(),
    extensionId = TEST_EXTENSION_ID,
    isCapturePage = (url: string) => url.startsWith('https://www.linkedin.com/in/'),
    ...deps
  } = options;
  const route = createRouter(
    createHandlers({
      now: Date.now,
      readTab: async () => {
        throw new Error('No tab to read in this test');
      },
      findPageTab: async () => undefined,
      shippedTemplates: [],
      popupHandOff: popupHandOff(memorySessionArea()),
      ...deps,
      db,
    }),
    { extensionId, extensionOrigin: `chrome-extension://${extensionId}/`, isCapturePage },
  );
  return { db, route };
}
