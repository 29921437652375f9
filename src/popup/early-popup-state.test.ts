import { afterEach, describe, expect, it } from 'vitest';
import type { PopupState } from '../shared/protocol';
import { keepEarlyPopupState, takeEarlyPopupState } from './early-popup-state';

const state = { view: null, recent: [] } as unknown as PopupState;

describe('the early popup state hand-over', () => {
  afterEach(() => void takeEarlyPopupState());

  it('gives the early answer to the first taker only: a reload asks again', async () => {
    keepEarlyPopupState(Promise.resolve(state));
    const first = takeEarlyPopupState();
    expect(first).toBeDefined();
    await expect(first).resolves.toBe(state);
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
});
