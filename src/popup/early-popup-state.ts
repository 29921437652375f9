import type { PopupState } from '../shared/protocol';

/** The popup's first state, and whether it was read from the database by the popup itself. */
export interface FirstState {
  state: PopupState;
  /** Read directly: the background has not been asked yet, so the popup asks it once, to check. */
  direct: boolean;
}

// Registered symbols: the early request and the popup are bundled apart, and must agree on the keys.
const KEY = Symbol.for('rapport.earlyPopupState');
const WAITING = Symbol.for('rapport.earlyPopupStateWanted');
type Holder = {
  [KEY]?: Promise<FirstState>;
  /** Set by the popup when its code ran before the early request did: called as soon as that runs. */
  [WAITING]?: (state: Promise<FirstState>) => void;
};

/** Hands the state the early request asked for to the popup's code, which usually loads later. */
export function keepEarlyPopupState(state: Promise<FirstState>): void {
  // The popup reports a failure when it takes the promise; until then it must not count as unhandled.
  state.catch(() => undefined);
  const holder = globalThis as Holder;
  const waiting = holder[WAITING];
  delete holder[WAITING];
  if (waiting) waiting(state);
  else holder[KEY] = state;
}

/** The state asked for early, once: a reload after that asks again. */
export function takeEarlyPopupState(): Promise<FirstState> | undefined {
  const holder = globalThis as Holder;
  const state = holder[KEY];
  delete holder[KEY];
  return state;
}

/**
 * The early request's state, also when the popup's code happens to run first: it waits for the early
 * script rather than asking the worker, which may be asleep. `ranOut` settles if the early script
 * finished (or failed to load) without handing anything over; then `fallback` answers instead.
 */
export function awaitEarlyPopupState(
  ranOut: Promise<void> | undefined,
  fallback: () => Promise<FirstState>,
): Promise<FirstState> {
  const early = takeEarlyPopupState();
  if (early) return early;
  if (!ranOut) return fallback();
  const holder = globalThis as Holder;
  return new Promise<Promise<FirstState>>((resolve) => {
    holder[WAITING] = resolve;
    void ranOut.then(() => {
      if (holder[WAITING] !== resolve) return;
      delete holder[WAITING];
      resolve(fallback());
    });
  }).then((state) => state);
}
