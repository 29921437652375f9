import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProfile, type ProfileSnapshot } from '../../shared/profile';
import { contactKey, isProfileUrl } from '../../shared/profile-url';
import { isReferralPlaceholder, matchesReferral, referralPlaceholderUrl } from './referral-match';

const profile = (name: string, extra: Partial<ProfileSnapshot> = {}): ProfileSnapshot => ({
  ...emptyProfile('https://www.linkedin.com/in/dana-lee-123/', name),
  ...extra,
});
const at = (company: string, title = 'Engineer') => ({ experience: [{ title, company }] });

describe('matchesReferral', () => {
  it.each([
    [
      'same name, same company',
      { name: 'Dana Lee', company: 'Stripe' },
      profile('Dana Lee', at('Stripe')),
      true,
    ],
    [
      'case and accents',
      { name: 'dana lée', company: 'stripe' },
      profile('Dana Lee', at('Stripe, Inc.')),
      true,
    ],
    [
      'an earlier job at the company',
      { name: 'Dana Lee', company: 'Stripe' },
      profile('Dana Lee', {
        experience: [
          { title: 'PM', company: 'Plaid' },
          { title: 'Eng', company: 'Stripe' },
        ],
      }),
      true,
    ],
    [
      'the company only in the headline',
      { name: 'Dana Lee', company: 'Stripe' },
      profile('Dana Lee', { headline: 'Payments at Stripe' }),
      true,
    ],
    [
      'another Dana Lee elsewhere',
      { name: 'Dana Lee', company: 'Stripe' },
      profile('Dana Lee', at('Adyen')),
      false,
    ],
    [
      'a company name inside a word',
      { name: 'Dana Lee', company: 'Stripe' },
      profile('Dana Lee', { headline: 'Stripes and dots' }),
      false,
    ],
    [
      'another person at the company',
      { name: 'Dana Li', company: 'Stripe' },
      profile('Dana Lee', at('Stripe')),
      false,
    ],
    ['no company given: the name decides', { name: 'Dana Lee' }, profile('Dana  Lee'), true],
    ['no name', { name: ' ' }, profile(''), false],
  ])('%s', (_, referral, captured, expected) => {
    expect(matchesReferral(referral, captured)).toBe(expected);
  });
});

describe('referralPlaceholderUrl', () => {
  it('is its own contact key, never a profile, and finds the person on LinkedIn', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.option(fc.string(), { nil: undefined }),
        (name, company) => {
          const url = referralPlaceholderUrl(name, company);
          expect(contactKey(url)).toBe(url);
          expect(isProfileUrl(url)).toBe(false);
          expect(isReferralPlaceholder(url)).toBe(true);
        },
      ),
    );
    expect(referralPlaceholderUrl('Dana Lee', 'Stripe')).toBe(
      'https://www.linkedin.com/search/results/people/?keywords=Dana+Lee+Stripe',
    );
  });
});
