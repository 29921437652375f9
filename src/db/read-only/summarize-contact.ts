import type { Contact } from '../../shared/contact';
import type { ContactSummary } from '../../shared/protocol';

/** A line in a list of people: what the popup's recent list and the contacts list show. */
export function summarizeContact({
  url,
  name,
  profile,
  stage,
  capturedAt,
  updatedAt,
  nextDueAt,
}: Contact): ContactSummary {
  return {
    url,
    name,
    ...(profile.headline ? { headline: profile.headline } : {}),
    stage,
    capturedAt,
    updatedAt,
    ...(nextDueAt !== undefined ? { nextDueAt } : {}),
  };
}
