import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameData } from './same-data';

/** The same value with every object's keys in reverse order, as another context might build it. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reordered(v)]),
    );
  }
  return value;
}

describe('sameData', () => {
  it('holds for any JSON value and its copy with keys in another order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(sameData(value, reordered(structuredClone(value)))).toBe(true);
      }),
    );
  });

  it('tells apart values that differ anywhere', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        // Two values hold the same data exactly when they print the same with their keys sorted.
        expect(sameData(a, b)).toBe(sameKeysSorted(a, b));
      }),
    );
  });

  it('sees a changed stage deep inside the state', () => {
    const state = { view: { contact: { url: 'u', stage: 'asked', tags: ['a'] } }, recent: [] };
    const changed = structuredClone(state);
    changed.view.contact.stage = 'met';
    expect(sameData(state, changed)).toBe(false);
    expect(sameData([1, 2], [2, 1])).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(true);
  });
});

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

function sameKeysSorted(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}
