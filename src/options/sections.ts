import type { SectionId } from '../shared/routes';

/** What the options page's menu calls each section (routes.ts owns their order and their hashes). */
export const SECTION_LABELS: Record<SectionId, string> = {
  contacts: 'Contacts',
  board: 'Board',
  upcoming: 'Upcoming',
  journal: 'Journal',
  meeting: 'Meeting',
  me: 'My profile',
  questions: 'My questions',
  templates: 'Email templates',
  reminders: 'Reminders',
  sync: 'Sync',
  data: 'Your data',
};
