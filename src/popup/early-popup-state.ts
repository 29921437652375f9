import type { PopupState } from '../shared/protocol';

// A registered symbol: the early request and the popup are bundled apart, and must agree on the key.
const KEY = Symbol.for('rapport.earlyPopupState');
type Holder = { [KEY]?: Promise<PopupState> };

/** Hands the state the early request asked for to the popup's code, which loads later. */
export function keepEarlyPopupState(state: Promise<PopupState>): void {
  // The popup reports a failure when it takes the promise; until then it must not count as unhandled.
  state.catch(() => undefined);
  (globalThis as Holder)[KEY] = state;
}

/** The state asked for early, once: a reload after that asks again. */
export function takeEarlyPopupState(): Promise<PopupState> | undefined {
  const holder = globalThis as Holder;
  const state = holder[KEY];
  delete holder[KEY];
  return state;
}
