import fc from 'fast-check';
import { migrateSettings } from '../../src/core/migrate-settings';
import { LATEST_SCHEMA_VERSION } from '../../src/db/versions';
import { FOLLOW_UP_KINDS, INTERACTION_KINDS } from '../../src/shared/interaction';
import { LIMITS as L } from '../../src/shared/limits';
import { TEMPLATE_KINDS } from '../../src/shared/template';

/**
 * Random Rapport databases that every writer could have produced, including the largest value each
 * limit allows: one in a few texts is exactly as long as its limit, one in a few lists exactly as full.
 */
const text = (max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: Math.min(max, 12) }) },
    { weight: 1, arbitrary: fc.constantFrom('é'.repeat(max), '😀'.repeat(max / 2), 'a'.repeat(max)) },
  );
const list = <T>(item: fc.Arbitrary<T>, max: number, full: fc.Arbitrary<T> = item) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.array(item, { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.array(full, { minLength: max, maxLength: max }) },
  );
const short = (max: number) => fc.string({ maxLength: Math.min(max, 8) });
const time = fc.oneof(
  fc.integer({ min: L.earliestTime, max: L.latestTime }),
  fc.constantFrom(L.earliestTime, L.latestTime),
);
const partialDate = fc.constantFrom('2019', '2020-03', '1999-12');
const slug = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
const url = fc.oneof(
  slug.map((s) => `https://www.linkedin.com/in/${s}/`),
  fc.constant(`https://people.example.org/${'p'.repeat(L.url - 27)}`),
);

const position = (t: typeof text) =>
  fc.record(
    {
      title: t(L.shortText),
      company: t(L.shortText),
      location: t(L.shortText),
      start: partialDate,
      end: fc.oneof(partialDate, fc.constant('present')),
      description: t(L.longText),
    },
    { requiredKeys: ['title', 'company'] },
  );

const profile = (at: string) =>
  fc.record({
    url: fc.constant(at),
    name: text(L.name),
    headline: text(L.headline),
    location: text(L.shortText),
    about: text(L.longText),
    experience: list(position(text), L.experience, position(short)),
    education: list(
      fc.record({ school: text(L.shortText), degree: text(L.shortText) }, { requiredKeys: ['school'] }),
      L.education,
    ),
    skills: list(text(L.skill), L.skills, short(L.skill)),
    languages: list(text(L.skill), L.languages, short(L.skill)),
    volunteering: fc.array(fc.record({ organization: text(L.shortText) }), { maxLength: 2 }),
    certifications: list(fc.record({ name: text(L.certification) }), L.certifications),
  });

const contact = (at: string) =>
  fc
    .record({
      profile: profile(at),
      firstSavedAt: time,
      capturedAt: time,
      updatedAt: time,
      tags: list(text(L.tag), L.tags, short(L.tag)),
      email: text(L.email),
      checkInDays: fc.integer({ min: 1, max: 3650 }),
      jobChanges: list(
        fc.record({ at: time, to: fc.record({ title: text(L.shortText), company: text(L.shortText) }) }),
        L.jobChanges,
        fc.record({ at: time, to: fc.record({ title: short(10) }) }),
      ),
    })
    .map((c) => ({
      url: at,
      name: c.profile.name,
      stage: 'to-contact' as const,
      followUps: [],
      ...c,
    }));

export const backupFile = fc
  .uniqueArray(url, { minLength: 1, maxLength: 4 })
  .chain((urls) =>
    fc.record({
      contacts: fc.tuple(...urls.map(contact)),
      snapshots: fc.array(
        fc.record({
          contactUrl: fc.constantFrom(...urls),
          capturedAt: time,
          changes: list(text(L.changeText), L.changesPerSnapshot, short(L.changeText)),
        }),
        { maxLength: 4 },
      ),
      interactions: fc.uniqueArray(
        fc.record(
          {
            id: text(L.recordId),
            contactUrl: fc.constantFrom(...urls),
            kind: fc.constantFrom(...INTERACTION_KINDS),
            at: time,
            note: text(L.note),
            meeting: fc.record({ startsAt: time, minutes: fc.integer({ min: 1, max: 24 * 60 }) }),
          },
          { requiredKeys: ['id', 'contactUrl', 'kind', 'at'] },
        ),
        { maxLength: 6, selector: (i) => i.id },
      ),
      followUps: fc.uniqueArray(
        fc.record(
          {
            id: text(L.followUpId),
            contactUrl: fc.constantFrom(...urls),
            kind: fc.constantFrom(...FOLLOW_UP_KINDS),
            status: fc.constantFrom('open', 'done', 'dismissed'),
            snoozedUntil: time,
            updatedAt: time,
          },
          { requiredKeys: ['id', 'contactUrl', 'kind', 'status', 'updatedAt'] },
        ),
        { maxLength: 3, selector: (f) => f.id },
      ),
      templates: fc.uniqueArray(
        fc.record({
          id: text(L.recordId),
          name: text(L.templateName),
          kind: fc.constantFrom(...TEMPLATE_KINDS),
          subject: text(L.title),
          body: text(L.templateBody),
          builtIn: fc.boolean(),
          updatedAt: time,
        }),
        { maxLength: 2, selector: (t) => t.id },
      ),
      questionBank: list(text(L.title), L.questionBank, short(L.title)),
    }),
  )
  .map(({ contacts, snapshots, questionBank, ...rest }) => ({
    format: 'rapport-export',
    formatVersion: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    schemaVersion: LATEST_SCHEMA_VERSION,
    tables: {
      ...rest,
      contacts,
      // Each install numbers its snapshots; a file carries the numbers it was given.
      snapshots: snapshots.map((s, i) => ({
        id: i + 1,
        ...s,
        profile: contacts.find((c) => c.url === s.contactUrl)?.profile,
      })),
      meta: [{ key: 'settings', value: { ...migrateSettings(undefined), questionBank } }],
    },
  }));
