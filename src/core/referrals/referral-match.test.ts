import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProfile, type ProfileSnapshot } from '../../shared/profile';
import { contactKey, isProfileUrl } from '../../shared/profile-url';
import {
  isReferralPlaceholder,
  matchesReferral,
  pickSuggestedPerson,
  referralMatch,
  referralPlaceholderUrl,
  sameSuggestion,
} from './referral-match';

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

describe('referralMatch: a company given must be found, in folded text', () => {
  const stripe = { name: 'Dana Lee', company: 'Stripe' };
  it.each([
    ['her current role', stripe, profile('Dana Lee', at('Stripe')), 'company'],
    [
      'a legal form and case',
      { name: 'DANA LEE', company: 'stripe inc.' },
      profile('Dana Lee', at('Stripe')),
      'company',
    ],
    [
      'accents on either side',
      { name: 'Dana Lee', company: 'Zürich Re' },
      profile('Dána Lee', at('Zurich RE')),
      'company',
    ],
    ['a longer name of the employer', stripe, profile('Dana Lee', at('Stripe Payments Europe')), 'company'],
    [
      'a longer name given',
      { name: 'Dana Lee', company: 'Google Cloud' },
      profile('Dana Lee', at('Google')),
      'company',
    ],
    [
      'a well-known alias',
      { name: 'Dana Lee', company: 'EY' },
      profile('Dana Lee', at('Ernst & Young')),
      'company',
    ],
    [
      'any earlier employer',
      stripe,
      profile('Dana Lee', {
        experience: [
          { title: 'PM', company: 'Plaid' },
          { title: 'Eng', company: 'Stripe' },
        ],
      }),
      'company',
    ],
    [
      'where the headline says she is now',
      stripe,
      profile('Dana Lee', { headline: 'Payments @ Stripe | ex-Plaid' }),
      'company',
    ],
    [
      'credentials and a title around her name',
      stripe,
      profile('Dr. Dana Lee, PhD', at('Stripe')),
      'company',
    ],
    ['a nickname in brackets', stripe, profile('Dana (DJ) Lee', at('Stripe')), 'company'],
    ['no company given', { name: 'Dana Lee' }, profile('Dana Lee', at('Adyen')), 'name'],
    [
      'a company of only punctuation counts as none',
      { name: 'Dana Lee', company: ' – ' },
      profile('Dana Lee'),
      'name',
    ],
    ['same name at another company', stripe, profile('Dana Lee', at('Adyen')), undefined],
    ['same name, nothing about work read yet', stripe, profile('Dana Lee'), undefined],
    ['the company as part of a word', stripe, profile('Dana Lee', at('Stripes Design Studio')), undefined],
    ['a middle initial is another name', stripe, profile('Dana M. Lee', at('Stripe')), undefined],
    ['another person at the company', stripe, profile('Dan Lee', at('Stripe')), undefined],
  ] as const)('%s', (_, referral, captured, expected) => {
    expect(referralMatch(referral, captured)).toBe(expected);
  });

  it('never joins a capture to the same name at a company it does not show', () => {
    const companies = ['Stripe', 'Adyen', 'Plaid', 'Monzo', 'Wise', 'Klarna'];
    fc.assert(
      fc.property(
        fc.constantFrom(...companies),
        fc.uniqueArray(fc.constantFrom(...companies), { maxLength: 4 }),
        fc.constantFrom('Dana Lee', 'dana lee', 'DANA LÉE'),
        (given, worked, spelling) => {
          const captured = profile(spelling, {
            experience: worked.map((company) => ({ title: 'Engineer', company })),
          });
          expect(referralMatch({ name: 'Dana Lee', company: given }, captured)).toBe(
            worked.includes(given) ? 'company' : undefined,
          );
        },
      ),
    );
  });
});

describe('pickSuggestedPerson', () => {
  const suggested = [
    { id: 'plain', name: 'Dana Lee' },
    { id: 'adyen', name: 'Dana Lee', company: 'Adyen' },
    { id: 'stripe', name: 'Dana Lee', company: 'Stripe' },
    { id: 'sam', name: 'Sam Ortiz', company: 'Stripe' },
  ];
  it.each([
    ['the one at her company, before the one by name alone', profile('Dana Lee', at('Stripe')), 'stripe'],
    ['the other Dana, at hers', profile('Dana Lee', at('Adyen')), 'adyen'],
    ['by name alone when no company fits', profile('Dana Lee', at('Monzo')), 'plain'],
    ['nobody of another name', profile('Robin Lee', at('Stripe')), undefined],
  ])('%s', (_, captured, expected) => {
    expect(pickSuggestedPerson(suggested, (s) => s, captured)?.id).toBe(expected);
  });

  it('with no one suggested by name alone, a Dana elsewhere is no one', () => {
    expect(
      pickSuggestedPerson(suggested.slice(1), (s) => s, profile('Dana Lee', at('Monzo'))),
    ).toBeUndefined();
  });
});

describe('sameSuggestion', () => {
  it.each([
    [
      'the same words',
      { name: 'Dana Lee', company: 'Stripe' },
      { name: 'Dana Lee', company: 'Stripe' },
      true,
    ],
    [
      'case, accents and a legal form',
      { name: 'dana lée', company: 'Stripe, Inc.' },
      { name: 'Dana Lee', company: 'stripe' },
      true,
    ],
    ['neither gave a company', { name: 'Dana Lee' }, { name: 'Dana  Lee' }, true],
    ['two companies', { name: 'Dana Lee', company: 'Stripe' }, { name: 'Dana Lee', company: 'Adyen' }, false],
    ['one with a company, one without', { name: 'Dana Lee', company: 'Stripe' }, { name: 'Dana Lee' }, false],
    ['two names', { name: 'Dana Lee', company: 'Stripe' }, { name: 'Dana Li', company: 'Stripe' }, false],
  ])('%s', (_, a, b, expected) => {
    expect(sameSuggestion(a, b)).toBe(expected);
    expect(sameSuggestion(b, a)).toBe(expected);
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
