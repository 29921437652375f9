import type { Contact } from '../shared/contact';
import type { CaptureReport, ProfileSnapshot } from '../shared/profile';
import { canonicalProfileUrl, contactKey } from '../shared/profile-url';
import type { SaveProfileResult } from '../shared/protocol';
import type { FollowUpSettings } from '../shared/settings';
import type { RapportDb } from './database';
import { REFRESH_TABLES, refreshContact } from './follow-up-store';
import { saveCapture } from './save-capture';

/** A LinkedIn capture, as opposed to a contact made from another site or added by hand from a link. */
const isLinkedInCapture = (contact: Contact | undefined) =>
  contact?.lastReport !== undefined && contact.lastReport.layout !== 'any-page';

/**
 * Saves a person read from another site. A page can claim anyone's LinkedIn profile (JSON-LD `sameAs`,
 * an h-card link), so when that profile is already captured from LinkedIn, the other site's person is
 * saved as a source of its own, under the page's address, linked to the LinkedIn contact: both are
 * shown, and the user decides whether to merge them. Otherwise the person is filed under the LinkedIn
 * profile they name, which a visit there later fills in.
 */
export async function saveFromAnyPage(
  db: RapportDb,
  {
    profile,
    report,
    pageUrl,
    now,
  }: { profile: ProfileSnapshot; report: CaptureReport; pageUrl: string; now: number },
): Promise<SaveProfileResult & { sameAs?: string }> {
  const claimed = canonicalProfileUrl(profile.url);
  const source = contactKey(pageUrl);
  if (!claimed || !source || canonicalProfileUrl(source))
    return saveCapture(db, { profile, report, pageUrl, now });
  if (!isLinkedInCapture(await db.contacts.get(claimed))) {
    return saveCapture(db, { profile, report, pageUrl, now });
  }
  const saved = await saveCapture(db, { profile: { ...profile, url: source }, report, pageUrl: source, now });
  await db.contacts.update(source, { sameAs: claimed });
  return { ...saved, sameAs: claimed };
}

/** Keeps the two apart for good: the other site's person is no longer offered as the LinkedIn one. */
export async function unlinkSource(db: RapportDb, url: string): Promise<{ url: string }> {
  const contact = await db.contacts.get(url);
  if (!contact) throw new Error('That person is no longer saved');
  const { sameAs: _, ...rest } = contact;
  await db.contacts.put(rest);
  return { url };
}

/**
 * Merges a person saved from another site into the LinkedIn contact they name: what LinkedIn did not
 * say (an about text, skills, a location) is added, nothing LinkedIn said is replaced, and the other
 * contact's conversations, notes and tags move over; then the other contact is removed.
 */
export async function mergeSource(
  db: RapportDb,
  url: string,
  rules: FollowUpSettings,
  now: number,
): Promise<{ url: string }> {
  return db.transaction('rw', [...REFRESH_TABLES, 'snapshots'], async () => {
    const source = await db.contacts.get(url);
    if (!source?.sameAs) throw new Error('This person is not linked to a LinkedIn contact');
    const target = await db.contacts.get(source.sameAs);
    if (!target) throw new Error('The LinkedIn contact is no longer saved');
    const from = source.profile;
    const into = target.profile;
    const profile: ProfileSnapshot = {
      ...into,
      skills: [...new Set([...into.skills, ...from.skills])],
      certifications: into.certifications.length ? into.certifications : from.certifications,
      languages: into.languages.length ? into.languages : from.languages,
    };
    for (const field of ['headline', 'location', 'about'] as const) {
      const value = from[field];
      if (!into[field] && value) profile[field] = value;
    }
    await db.contacts.put({
      ...target,
      profile,
      tags: [...new Set([...target.tags, ...source.tags])],
      ...(target.email || !source.email ? {} : { email: source.email }),
      updatedAt: now,
    });
    await db.interactions.where('contactUrl').equals(url).modify({ contactUrl: target.url });
    await db.followUps.where('contactUrl').equals(url).modify({ contactUrl: target.url });
    await db.dueQueue.where('contactUrl').equals(url).delete();
    await db.snapshots.where('contactUrl').equals(url).delete();
    await db.contacts.delete(url);
    await refreshContact(db, target.url, rules, now);
    return { url: target.url };
  });
}
