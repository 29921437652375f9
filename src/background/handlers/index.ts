import type { Handlers } from '../router';
import { contactHandlers } from './contacts';
import { dataHandlers } from './data';
import type { HandlerDeps } from './deps';
import { followUpHandlers } from './follow-ups';
import { popupHandlers } from './popup';
import { syncHandlers } from './sync';

export type { HandlerDeps } from './deps';

/** The background's answer to every message; storage and the clock are injected so tests need no browser. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...contactHandlers(deps),
    ...followUpHandlers(deps),
    ...dataHandlers(deps),
    ...popupHandlers(deps),
    ...syncHandlers(deps),
  };
}
