import type { SectionId } from '../shared/routes';

/** What the options page's menu calls each section (routes.ts owns their order and their hashes). */
export const SECTION_LABELS: Record<SectionId, string> = {
  contacts: 'Contacts',
  journal: 'Journal',
  me: 'My profile',
  questions: 'My questions',
  templates: 'Email templates',
  reminders: 'Reminders',
  data: 'Your data',
};
