import type { Contact } from '../../shared/contact';
import { SETTING_RANGES } from '../../shared/limits';
import { canonicalProfileUrl } from '../../shared/profile-url';
import type { ContactPatch } from '../../shared/protocol';

/** What the user keeps about a person, as typed. */
export interface ContactFieldsDraft {
  email: string;
  /** Comma-separated, as the user writes them. */
  tags: string;
  /** Empty for "use my default". */
  checkInDays: string;
  referredName: string;
  referredUrl: string;
}

export type FieldName = keyof ContactFieldsDraft;

export function toFieldsDraft(contact: Contact): ContactFieldsDraft {
  return {
    email: contact.email ?? '',
    tags: contact.tags.join(', '),
    checkInDays: contact.checkInDays === undefined ? '' : String(contact.checkInDays),
    referredName: contact.referredBy?.name ?? '',
    referredUrl: contact.referredBy?.url ?? '',
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type FieldsResult =
  | { ok: true; patch: ContactPatch }
  | { ok: false; problems: Partial<Record<FieldName, string>> };

/** The patch for ui:updateContact, checked against what the background accepts; cleared fields become null. */
export function readFieldsDraft(draft: ContactFieldsDraft): FieldsResult {
  const problems: Partial<Record<FieldName, string>> = {};
  const email = draft.email.trim();
  if (email && (!EMAIL.test(email) || email.length > 300))
    problems.email = 'Enter an email address, or leave it empty.';
  const tags = [
    ...new Set(
      draft.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
  if (tags.length > 100) problems.tags = 'At most 100 tags.';
  else if (tags.some((t) => t.length > 100)) problems.tags = 'Keep each tag under 100 characters.';
  const days = draft.checkInDays.trim();
  const checkInDays = Number(days);
  const { min, max } = SETTING_RANGES.checkInDays;
  if (days && (!Number.isFinite(checkInDays) || checkInDays < min || checkInDays > max)) {
    problems.checkInDays = `Check in every ${min} to ${max} days, or leave it empty for your default.`;
  }
  const name = draft.referredName.trim();
  const rawUrl = draft.referredUrl.trim();
  const url = rawUrl ? canonicalProfileUrl(rawUrl) : undefined;
  if (name.length > 300) problems.referredName = 'Keep the name under 300 characters.';
  if (rawUrl && !url)
    problems.referredUrl = 'Use a LinkedIn profile address (linkedin.com/in/…), or leave it empty.';
  else if (rawUrl && !name) problems.referredName = 'Who introduced you? Enter their name too.';
  if (Object.keys(problems).length) return { ok: false, problems };
  return {
    ok: true,
    patch: {
      email: email || null,
      tags,
      checkInDays: days ? checkInDays : null,
      referredBy: name ? { name, ...(url ? { url } : {}) } : null,
    },
  };
}
