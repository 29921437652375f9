import { describe, expect, it } from 'vitest';
import { relativeTime, stageLabel } from './format';

describe('relativeTime', () => {
  const now = Date.UTC(2026, 10, 22, 12);
  it.each([
    [now, 'now'],
    [now - 3 * 60_000, '3 minutes ago'],
    [now - 2 * 3600_000, '2 hours ago'],
    [now - 24 * 3600_000, 'yesterday'],
    [now + 2 * 24 * 3600_000, 'in 2 days'],
    [now - 400 * 24 * 3600_000, 'last year'],
  ])('%i', (at, words) => expect(relativeTime(at, now, 'en')).toBe(words));
});

describe('stageLabel', () => {
  it('names every stage in words', () => {
    expect(stageLabel('to-contact')).toBe('To contact');
    expect(stageLabel('in-touch')).toBe('In touch');
  });
});
