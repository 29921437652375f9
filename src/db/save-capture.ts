import { boundChanges, boundJobChanges, boundProfile } from '../core/profile/bound-profile';
import { mergeProfile } from '../core/profile/merge-profile';
import { describeChanges, detectJobChange } from '../core/profile/profile-changes';
import type { Contact } from '../shared/contact';
import { LIMITS } from '../shared/limits';
import type { CaptureReport, ProfileSnapshot } from '../shared/profile';
import { canonicalProfileUrl, contactKey, detailsSection } from '../shared/profile-url';
import type { SaveProfileResult } from '../shared/protocol';
import type { RapportDb } from './database';
import { newContact } from './new-contact';
import { adoptSuggestedPerson } from './referral-contacts';

export interface CaptureInput {
  profile: ProfileSnapshot;
  report: CaptureReport;
  pageUrl: string;
  now: number;
}

/** Deletes the oldest snapshots past the limit, keeping the first: when the person was first saved. */
async function foldHistory(db: RapportDb, url: string): Promise<void> {
  const keys = await db.snapshots
    .where('[contactUrl+capturedAt]')
    .between([url, -Infinity], [url, Infinity])
    .primaryKeys();
  const excess = keys.length - LIMITS.snapshotsPerContact;
  if (excess > 0) await db.snapshots.bulkDelete(keys.slice(1, 1 + excess));
}

/**
 * Stores a capture: one contact per person, the capture merged into what was known, and a snapshot
 * in the history whenever something changed. A capture whose person does not match the page it came
 * from is refused, so one person's data never lands on another. What grows with re-captures is cut
 * to the limits here, so everything stored can be exported and imported again.
 */
export async function saveCapture(
  db: RapportDb,
  { profile, report, pageUrl, now }: CaptureInput,
): Promise<SaveProfileResult> {
  const url = contactKey(profile.url);
  // On a LinkedIn profile the person must be the page's owner; a person read from another site is
  // filed under the LinkedIn profile they link, or under that page.
  const pageOwner = canonicalProfileUrl(pageUrl);
  if (!url) throw new Error('The captured person has no web address');
  if (pageOwner && pageOwner !== url)
    throw new Error('The captured person does not match the page it came from');
  if (!profile.name.trim()) throw new Error('The captured profile has no name');
  // Normalising an address can lengthen it (percent-encoding); what is stored must fit what imports.
  if (url.length > LIMITS.url) throw new Error('The page address is too long to save');
  const incoming: ProfileSnapshot = { ...profile, url };

  const tables = [db.contacts, db.snapshots, db.dueQueue, db.interactions, db.followUps];
  return db.transaction('rw', tables, async () => {
    const saved = await db.contacts.get(url);
    // Someone suggested by name before their profile was seen continues as the same person.
    const adopted = saved ? undefined : await adoptSuggestedPerson(db, incoming);
    const existing = saved ?? adopted;
    const merged = boundProfile(mergeProfile(existing?.profile, incoming, report, detailsSection(pageUrl)));
    const changes = existing ? boundChanges(describeChanges(existing.profile, merged)) : [];
    const jobChange = existing ? detectJobChange(existing.profile, merged, now) : undefined;
    const contact: Contact = existing
      ? {
          ...existing,
          name: merged.name,
          profile: merged,
          lastReport: report,
          capturedAt: now,
          updatedAt: changes.length ? now : existing.updatedAt,
          jobChanges: boundJobChanges(jobChange ? [...existing.jobChanges, jobChange] : existing.jobChanges),
        }
      : newContact(merged, now, { lastReport: report });
    await db.contacts.put(contact);
    if (existing && existing.name !== contact.name) {
      await db.dueQueue.where('contactUrl').equals(url).modify({ contactName: contact.name });
    }
    if (!existing || changes.length) {
      await db.snapshots.add({ contactUrl: url, capturedAt: now, profile: merged, changes });
      await foldHistory(db, url);
    }
    return { url, created: !existing, changes };
  });
}
