import { describe, expect, it } from 'vitest';
import { memorySessionArea, popupHandOff } from './popup-hand-off';

const intent = { view: 'draft' as const, contactUrl: 'https://www.linkedin.com/in/ada/' };

describe('the popup hand-off', () => {
  it('is taken once, within a minute of being set', async () => {
    const handOff = popupHandOff(memorySessionArea());
    await handOff.set(intent, 1_000);
    expect(await handOff.take(61_000)).toEqual(intent);
    expect(await handOff.take(61_000)).toBeNull();
  });

  it('is dropped when stale, and is nothing when never set', async () => {
    const handOff = popupHandOff(memorySessionArea());
    expect(await handOff.take(0)).toBeNull();
    await handOff.set(intent, 1_000);
    expect(await handOff.take(61_001)).toBeNull();
    expect(await handOff.take(1_000)).toBeNull();
  });
});
