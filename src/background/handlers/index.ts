import type { MessageType } from '../../shared/protocol';
import type { Handlers } from '../router';
import { CHANGES_WHAT_IS_DUE } from './changes-data';
import { contactFileHandlers } from './contact-files';
import { contactHandlers } from './contacts';
import { dataHandlers } from './data';
import type { HandlerDeps } from './deps';
import { followUpHandlers } from './follow-ups';
import { meetingHandlers } from './meeting';
import { popupHandlers } from './popup';
import { stageMoveHandlers } from './stage-move';
import { syncHandlers } from './sync';
import { upcomingHandlers } from './upcoming';

/**
 * The background's answer to every message; storage and the clock are injected so tests need no browser.
 * After a message that changes what is due succeeds, `onDataChanged` runs once, here and nowhere else.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const handlers: Handlers = {
    ...contactHandlers(deps),
    ...followUpHandlers(deps),
    ...dataHandlers(deps),
    ...popupHandlers(deps),
    ...meetingHandlers(deps),
    ...upcomingHandlers(deps),
    ...stageMoveHandlers(deps),
    ...contactFileHandlers(deps),
    ...syncHandlers(deps),
  };
  const { onDataChanged } = deps;
  if (!onDataChanged) return handlers;
  for (const type of Object.keys(handlers) as MessageType[]) {
    if (!CHANGES_WHAT_IS_DUE[type]) continue;
    const run = handlers[type] as (data: unknown, sender: unknown) => unknown;
    (handlers as Record<MessageType, unknown>)[type] = async (data: unknown, sender: unknown) => {
      const result = await run(data, sender);
      await onDataChanged();
      return result;
    };
  }
  return handlers;
}
