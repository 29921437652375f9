import type { Contact } from '../shared/contact';
import type { ProfileSnapshot } from '../shared/profile';

/** A person Rapport has just met: nothing logged, nothing owed yet. */
export function newContact(profile: ProfileSnapshot, now: number, extra: Partial<Contact> = {}): Contact {
  return {
    url: profile.url,
    name: profile.name,
    profile,
    firstSavedAt: now,
    capturedAt: now,
    updatedAt: now,
    stage: 'to-contact',
    followUps: [],
    tags: [],
    jobChanges: [],
    ...extra,
  };
}
