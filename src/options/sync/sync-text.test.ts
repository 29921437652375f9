import { describe, expect, it } from 'vitest';
import { describeCounts } from './sync-text';

describe('what changed, in words', () => {
  it('names each kind of record with its count', () => {
    expect(describeCounts({ contacts: 1, interactions: 3, followUps: 0 })).toBe('1 person, 3 interactions');
    expect(describeCounts({ contacts: 2, meta: 1 })).toBe('2 people, 1 settings change');
  });
});
