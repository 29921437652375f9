import { describe, expect, it } from 'vitest';
import { capturePerson, dbWithPerson } from '../../tests/support/test-db';
import { isReferralPlaceholder } from '../core/referrals/referral-match';
import { DAY } from '../core/time-units';
import { defaultSettings } from '../shared/settings';
import type { RapportDb } from './database';
import { logInteraction } from './interactions';

const rules = defaultSettings().followUps;
const T0 = Date.UTC(2026, 4, 4, 15, 0);
const EDU = 'https://www.linkedin.com/in/eduardo-silva/';

async function suggested(...referrals: { name: string; company?: string }[]): Promise<RapportDb> {
  const db = await dbWithPerson('eduardo-silva', 'Eduardo Silva', T0);
  for (const referral of referrals)
    await logInteraction(db, { contactUrl: EDU, kind: 'referral-made', at: T0, referral }, rules, T0);
  return db;
}

const capture = (db: RapportDb, slug: string, name: string, company?: string) =>
  capturePerson(db, slug, name, T0 + DAY, company ? { experience: [{ title: 'Engineer', company }] } : {});

/** Who is still known by name alone, as "name (company)". */
async function stillSuggested(db: RapportDb): Promise<string[]> {
  return (await db.contacts.toArray())
    .filter((c) => isReferralPlaceholder(c.url))
    .map((c) => `${c.name} (${c.profile.experience[0]?.company ?? ''})`)
    .sort();
}

describe('people suggested by name, and their profiles captured later', () => {
  it('two Dana Lees at two companies stay two people, each joining her own profile', async () => {
    const db = await suggested(
      { name: 'Dana Lee', company: 'Stripe' },
      { name: 'Dana Lee', company: 'Adyen' },
    );
    expect(await stillSuggested(db)).toEqual(['Dana Lee (Adyen)', 'Dana Lee (Stripe)']);

    expect((await capture(db, 'dana-lee-adyen', 'Dana Lee', 'Adyen N.V.')).created).toBe(false);
    expect(await stillSuggested(db)).toEqual(['Dana Lee (Stripe)']);
    expect((await db.contacts.get('https://www.linkedin.com/in/dana-lee-adyen/'))?.referredBy?.url).toBe(EDU);

    expect((await capture(db, 'dana-lee-stripe', 'dana lee', 'Stripe Payments Europe')).created).toBe(false);
    expect(await stillSuggested(db)).toEqual([]);
    expect(await db.contacts.count()).toBe(3);
  });

  it('a third Dana Lee, at neither company, is a new person and leaves both waiting', async () => {
    const db = await suggested(
      { name: 'Dana Lee', company: 'Stripe' },
      { name: 'Dana Lee', company: 'Adyen' },
    );
    expect((await capture(db, 'dana-lee-noma', 'Dana Lee', 'Noma')).created).toBe(true);
    // Nothing about where she works read yet: the name alone does not decide.
    expect((await capture(db, 'dana-lee-blank', 'Dana Lee')).created).toBe(true);
    expect(await stillSuggested(db)).toEqual(['Dana Lee (Adyen)', 'Dana Lee (Stripe)']);
  });

  it('the one suggested at her company is chosen before one suggested by name alone', async () => {
    const db = await suggested({ name: 'Dana Lee' }, { name: 'Dana Lee', company: 'Stripe' });
    expect((await capture(db, 'dana-lee-stripe', 'Dana Lee', 'Stripe')).created).toBe(false);
    expect(await stillSuggested(db)).toEqual(['Dana Lee ()']);
  });

  it('suggested twice in other words, she is one person', async () => {
    const db = await suggested(
      { name: 'Dana Lee', company: 'Stripe' },
      { name: 'dana  lée', company: 'Stripe, Inc.' },
    );
    expect(await stillSuggested(db)).toEqual(['Dana Lee (Stripe)']);
  });
});
