import {
  isReferralPlaceholder,
  pickSuggestedPerson,
  referralPlaceholderUrl,
  sameSuggestion,
} from '../core/referrals/referral-match';
import type { Contact } from '../shared/contact';
import { emptyProfile, type ProfileSnapshot } from '../shared/profile';
import type { RapportDb } from './database';
import { newContact } from './new-contact';

/** Everyone suggested by name alone and not yet captured: their addresses are LinkedIn searches. */
function suggestedPeople(db: RapportDb): Promise<Contact[]> {
  return db.contacts
    .where('url')
    .startsWith(referralPlaceholderUrl(''))
    .filter((c) => isReferralPlaceholder(c.url))
    .toArray();
}

/** What the user said about a suggested person: the name, and the company, kept as their one role. */
function suggestionOf(contact: Contact): { name: string; company?: string } {
  const company = contact.profile.experience[0]?.company;
  return { name: contact.name, ...(company ? { company } : {}) };
}

/**
 * Adds someone a contact suggested by name (and company) alone, as a person to contact, linked to who
 * suggested them. Suggested twice, they are still one person. Runs inside the caller's transaction.
 */
export async function addSuggestedPerson(
  db: RapportDb,
  referral: { name: string; company?: string },
  referrer: Contact,
  now: number,
): Promise<string> {
  const url = referralPlaceholderUrl(referral.name, referral.company);
  if (await db.contacts.get(url)) return url;
  // "dana lee at Stripe, Inc." after "Dana Lee at Stripe" is the same person, under another address.
  const same = (await suggestedPeople(db)).find((c) => sameSuggestion(suggestionOf(c), referral));
  if (same) return same.url;
  const profile: ProfileSnapshot = {
    ...emptyProfile(url, referral.name.trim()),
    ...(referral.company ? { experience: [{ title: '', company: referral.company.trim() }] } : {}),
  };
  await db.contacts.add(newContact(profile, now, { referredBy: { name: referrer.name, url: referrer.url } }));
  return url;
}

/**
 * A suggested person whose profile has just been captured: the contact kept under their name, if one
 * matches by name and company. It moves to the profile's address with everything logged about them,
 * so opening Dana's profile continues Dana, rather than starting a second Dana.
 */
export async function adoptSuggestedPerson(
  db: RapportDb,
  profile: ProfileSnapshot,
): Promise<Contact | undefined> {
  const match = pickSuggestedPerson(await suggestedPeople(db), suggestionOf, profile);
  if (!match) return undefined;
  const url = profile.url;
  await db.interactions.where('contactUrl').equals(match.url).modify({ contactUrl: url });
  await db.followUps.where('contactUrl').equals(match.url).modify({ contactUrl: url });
  await db.dueQueue.where('contactUrl').equals(match.url).modify({ contactUrl: url });
  await db.contacts
    .where('referredBy.url')
    .equals(match.url)
    .modify((c) => {
      if (c.referredBy) c.referredBy = { ...c.referredBy, url };
    });
  await db.contacts.delete(match.url);
  return {
    ...match,
    url,
    followUps: match.followUps.map((f) => ({ ...f, contactUrl: url })),
    // What was known under their name alone gives way to the profile.
    profile: emptyProfile(url, profile.name),
  };
}
