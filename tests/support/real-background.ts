import { DEFAULT_TEMPLATES } from '../../src/core/templates/default-templates';
import type { RapportDb } from '../../src/db/database';
import type { ProfileSnapshot } from '../../src/shared/profile';
import { createSender, type SendMessage } from '../../src/shared/send-message';
import { optionsPage, routerOverFreshDb, TEST_EXTENSION_ID } from './router-over-fresh-db';
import { fullReport } from './test-db';
import { settle } from './test-dom';

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
  const { db, route } = routerOverFreshDb({
    now,
    shippedTemplates: DEFAULT_TEMPLATES,
    isCapturePage: () => true,
  });
  const pending = new Set<Promise<unknown>>();
  const send = createSender((message) => {
    const reply = route(message, optionsPage);
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
        { id: TEST_EXTENSION_ID, url: profile.url, tabId: 1, tabUrl: profile.url },
      );
      if (!reply.ok) throw new Error(reply.error);
    },
  };
}
