import { afterEach, describe, expect, it } from 'vitest';
import type { PopupState } from '../shared/protocol';
import {
  awaitEarlyPopupState,
  type FirstState,
  keepEarlyPopupState,
  takeEarlyPopupState,
} from './early-popup-state';

const first: FirstState = { state: { view: null, recent: [] } as unknown as PopupState, direct: true };
const asked: FirstState = { ...first, direct: false };
const never = () => Promise.reject(new Error('asked the background'));

describe('the early popup state hand-over', () => {
  afterEach(() => void takeEarlyPopupState());

  it('gives the early answer to the first taker only: a reload asks again', async () => {
    keepEarlyPopupState(Promise.resolve(first));
    const taken = takeEarlyPopupState();
    expect(taken).toBeDefined();
    await expect(taken).resolves.toBe(first);
    expect(takeEarlyPopupState()).toBeUndefined();
  });

  it('has nothing to give when the early request never ran', () => {
    expect(takeEarlyPopupState()).toBeUndefined();
  });

  it('keeps a failure for the popup to report, without it counting as unhandled meanwhile', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      keepEarlyPopupState(Promise.reject(new Error('No reply from the background')));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
      await expect(takeEarlyPopupState()).rejects.toThrow('No reply from the background');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('waits for an early script that runs after the popup code, instead of asking the background', async () => {
    let finish = () => {};
    const ranOut = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const waited = awaitEarlyPopupState(ranOut, never);
    keepEarlyPopupState(Promise.resolve(first));
    finish();
    await expect(waited).resolves.toBe(first);
    expect(takeEarlyPopupState()).toBeUndefined();
  });

  it('asks the background when the early script ran without handing anything over, or is missing', async () => {
    await expect(awaitEarlyPopupState(Promise.resolve(), () => Promise.resolve(asked))).resolves.toBe(asked);
    await expect(awaitEarlyPopupState(undefined, () => Promise.resolve(asked))).resolves.toBe(asked);
    // A late early script after that keeps its answer for no one to wait on; nothing is left waiting.
    keepEarlyPopupState(Promise.resolve(first));
    await expect(takeEarlyPopupState()).resolves.toBe(first);
  });
});
