import { LATEST_SCHEMA_VERSION } from '../../src/db/versions';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A Rapport export with `count` people, each with a note of `noteChars` characters (invented text), as
 * the importer takes it. The first person had a meeting an hour before `now`, so a thank-you is owed.
 */
export function bigBackup(count: number, noteChars: number, now: number) {
  const note = 'Asked about moving from teaching into research; suggested a portfolio first. '
    .repeat(Math.ceil(noteChars / 77))
    .slice(0, noteChars);
  const contacts = [];
  const interactions = [];
  for (let i = 0; i < count; i++) {
    const url = `https://www.linkedin.com/in/backup-person-${i}/`;
    const name = `Backup Person ${i}`;
    const at = now - DAY * (5 + (i % 75));
    contacts.push({
      url,
      name,
      profile: {
        url,
        name,
        headline: `Researcher at Company ${i % 97}`,
        experience: [{ title: 'Researcher', company: `Company ${i % 97}`, start: '2019-03', end: 'present' }],
        education: [],
        skills: ['User Research'],
        languages: [],
        volunteering: [],
        certifications: [],
      },
      firstSavedAt: at - DAY,
      capturedAt: at - DAY,
      updatedAt: at,
      stage: 'asked',
      followUps: [],
      tags: [],
      jobChanges: [],
    });
    interactions.push({ id: `backup-${i}`, contactUrl: url, kind: 'reply-received', at, note });
  }
  interactions.push({
    id: 'backup-meeting',
    contactUrl: 'https://www.linkedin.com/in/backup-person-0/',
    kind: 'meeting-held',
    at: now - HOUR,
    meeting: { startsAt: now - 2 * HOUR, minutes: 45 },
  });
  return {
    format: 'rapport-export',
    formatVersion: 1,
    exportedAt: new Date(now).toISOString(),
    schemaVersion: LATEST_SCHEMA_VERSION,
    tables: { contacts, snapshots: [], interactions, followUps: [], templates: [], meta: [] },
  };
}
