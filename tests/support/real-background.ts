import { createHandlers } from '../../src/background/handlers';
import { memorySessionArea, popupHandOff } from '../../src/background/popup-hand-off';
import { createRouter, type SenderInfo } from '../../src/background/router';
import { DEFAULT_TEMPLATES } from '../../src/core/templates/default-templates';
import type { RapportDb } from '../../src/db/database';
import type { ProfileSnapshot } from '../../src/shared/profile';
import { createSender, type SendMessage } from '../../src/shared/send-message';
import { freshDb, fullReport } from './test-db';
import { settle } from './test-dom';

const EXT = 'rapporttestextensionidrapporttest';
const ORIGIN = `chrome-extension://${EXT}/`;
const PAGE: SenderInfo = { id: EXT, url: `${ORIGIN}src/options/index.html` };

export interface RealBackground {
  db: RapportDb;
  /** What Rapport's pages send, through the real router (shape and sender checks) and handlers. */
  send: SendMessage;
  /** Resolves once every message sent so far has its answer (and the page has had time to render it). */
  idle: () => Promise<void>;
  /** Saves a profile as the content script on its page would. */
  capture: (profile: ProfileSnapshot) => Promise<void>;
}

/**
 * The real background over a fresh fake-indexeddb database, for page tests: a message the pages send
 * that the protocol, its schemas or a handler no longer accept fails the test, as it would fail the user.
 * Pass the mocked `send` of src/ui/messages to route the page's messages here.
 */
export function realBackground(
  sendMock?: { mockImplementation: (send: SendMessage) => unknown },
  now: () => number = Date.now,
): RealBackground {
  const db = freshDb();
  const route = createRouter(
    createHandlers({
      db,
      now,
      readTab: async () => {
        throw new Error('No tab to read in this test');
      },
      findPageTab: async () => undefined,
      popupHandOff: popupHandOff(memorySessionArea()),
      shippedTemplates: DEFAULT_TEMPLATES,
    }),
    { extensionId: EXT, extensionOrigin: ORIGIN, isCapturePage: () => true },
  );
  const pending = new Set<Promise<unknown>>();
  const send = createSender((message) => {
    const reply = route(message, PAGE);
    pending.add(reply);
    void reply.finally(() => pending.delete(reply));
    return reply;
  });
  sendMock?.mockImplementation(send);
  return {
    db,
    send,
    idle: async () => {
      while (pending.size > 0) {
        await Promise.allSettled([...pending]);
        await settle();
      }
    },
    capture: async (profile) => {
      const reply = await route(
        { type: 'capture:saveProfile', data: { profile, report: fullReport, pageUrl: profile.url } },
        { id: EXT, url: profile.url, tabId: 1, tabUrl: profile.url },
      );
      if (!reply.ok) throw new Error(reply.error);
    },
  };
}
