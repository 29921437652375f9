/** The options page's sections, in menu order; each owns the hashes that open it. */
export const SECTIONS = [
  {
    id: 'contacts',
    label: 'Contacts',
    matches: (hash: string) => hash === '#contacts' || hash.startsWith('#contact='),
  },
  { id: 'board', label: 'Board', matches: (hash: string) => hash === '#board' },
  { id: 'upcoming', label: 'Upcoming', matches: (hash: string) => hash === '#upcoming' },
  { id: 'journal', label: 'Journal', matches: (hash: string) => hash === '#journal' },
  { id: 'meeting', label: 'Meeting', matches: (hash: string) => hash === '#meeting' },
  {
    id: 'me',
    label: 'My profile',
    matches: (hash: string) => hash === '#me' || hash.startsWith('#me-from-tab='),
  },
  { id: 'questions', label: 'My questions', matches: (hash: string) => hash === '#questions' },
  { id: 'templates', label: 'Email templates', matches: (hash: string) => hash === '#templates' },
  { id: 'reminders', label: 'Reminders', matches: (hash: string) => hash === '#reminders' },
  { id: 'sync', label: 'Sync', matches: (hash: string) => hash === '#sync' },
  { id: 'data', label: 'Your data', matches: (hash: string) => hash === '#data' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

/** Which section a hash opens; anything unknown opens the contacts list. */
export function sectionFromHash(hash: string): SectionId {
  return SECTIONS.find((s) => s.matches(hash))?.id ?? 'contacts';
}
