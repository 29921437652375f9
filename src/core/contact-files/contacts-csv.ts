import type { Contact } from '../../shared/contact';
import { type CsvCell, writeCsv } from '../csv/write-csv';

export const CONTACTS_CSV_HEADER = [
  'Name',
  'Headline',
  'Title',
  'Company',
  'Location',
  'Email',
  'LinkedIn',
  'Stage',
  'Tags',
  'Referred by',
  'First saved',
  'Next due',
] as const;

const day = (at: number | undefined) => (at === undefined ? '' : new Date(at).toISOString().slice(0, 10));

/** One row a person, for a spreadsheet: who they are, how to reach them and where things stand. */
export function contactsCsv(contacts: readonly Contact[]): string {
  const rows = contacts.map((c): CsvCell[] => {
    const current = c.profile.experience[0];
    return [
      c.name,
      c.profile.headline,
      current?.title,
      current?.company,
      c.profile.location,
      c.email,
      c.url,
      c.stage,
      c.tags.join('; '),
      c.referredBy?.name,
      day(c.firstSavedAt),
      day(c.nextDueAt),
    ];
  });
  return writeCsv(CONTACTS_CSV_HEADER, rows);
}
