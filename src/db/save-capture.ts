import { mergeProfile } from '../core/profile/merge-profile';
import { describeChanges, detectJobChange } from '../core/profile/profile-changes';
import type { Contact } from '../shared/contact';
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

/**
 * Stores a capture: one contact per person, the capture merged into what was known, and a snapshot
 * in the history whenever something changed. A capture whose person does not match the page it came
 * from is refused, so one person's data never lands on another.
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
  const incoming: ProfileSnapshot = { ...profile, url };

  const tables = [db.contacts, db.snapshots, db.dueQueue, db.interactions, db.followUps];
  return db.transaction('rw', tables, async () => {
    const saved = await db.contacts.get(url);
    // Someone suggested by name before their profile was seen continues as the same person.
    const adopted = saved ? undefined : await adoptSuggestedPerson(db, incoming);
    const existing = saved ?? adopted;
    const merged = mergeProfile(existing?.profile, incoming, report, detailsSection(pageUrl));
    const changes = existing ? describeChanges(existing.profile, merged) : [];
    const jobChange = existing ? detectJobChange(existing.profile, merged, now) : undefined;
    const contact: Contact = existing
      ? {
          ...existing,
          name: merged.name,
          profile: merged,
          lastReport: report,
          capturedAt: now,
          updatedAt: changes.length ? now : existing.updatedAt,
          jobChanges: jobChange ? [...existing.jobChanges, jobChange] : existing.jobChanges,
        }
      : newContact(merged, now, { lastReport: report });
    await db.contacts.put(contact);
    if (existing && existing.name !== contact.name) {
      await db.dueQueue.where('contactUrl').equals(url).modify({ contactName: contact.name });
    }
    if (!existing || changes.length) {
      await db.snapshots.add({ contactUrl: url, capturedAt: now, profile: merged, changes });
    }
    return { url, created: !existing, changes };
  });
}
