import { describe, expect, it } from 'vitest';
import { parseReferral } from './capture-text';

describe('parseReferral', () => {
  it.each([
    ['Dana Lee at Stripe', { name: 'Dana Lee', company: 'Stripe' }],
    ['talk to Dana Lee @ Stripe', { name: 'Dana Lee', company: 'Stripe' }],
    ['Dana Lee (Stripe)', { name: 'Dana Lee', company: 'Stripe' }],
    ['Dana Lee, Stripe', { name: 'Dana Lee', company: 'Stripe' }],
    ['Dana Lee', { name: 'Dana Lee' }],
    [
      'Dana Lee https://www.linkedin.com/in/dana-lee-9/',
      { name: 'Dana Lee', url: 'https://www.linkedin.com/in/dana-lee-9/' },
    ],
  ])('%s', (text, expected) => {
    expect(parseReferral(text)).toEqual(expected);
  });
});
