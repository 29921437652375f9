import { describe, expect, it } from 'vitest';
import { freshDb, fullReport, profile } from '../../tests/support/test-db';
import { defaultSettings } from '../shared/settings';
import { deleteContact, listContacts, updateContact } from './contacts';
import { logInteraction } from './interactions';
import { saveCapture } from './save-capture';

const rules = defaultSettings().followUps;
const T0 = Date.UTC(2026, 2, 1);
const ADA = 'https://www.linkedin.com/in/ada-okoro/';

const found = async (db: ReturnType<typeof freshDb>, query: string, stage?: 'asked' | 'to-contact') =>
  (await listContacts(db, { limit: 10, query, ...(stage ? { stage } : {}) })).map((c) => [c.name, c.match]);

describe('searching the database', () => {
  it('keeps the index current as people are captured, changed, noted and deleted', async () => {
    const db = freshDb();
    await saveCapture(db, {
      profile: profile('ada-okoro', 'Ada Okoro', { experience: [{ title: 'Researcher', company: 'Acme' }] }),
      report: fullReport,
      pageUrl: ADA,
      now: T0,
    });
    expect(await found(db, 'acme')).toEqual([
      ['Ada Okoro', { field: 'employers', text: 'Acme · Researcher' }],
    ]);

    await updateContact(db, ADA, { tags: ['mentor'] }, rules, T0);
    expect(await found(db, 'ment')).toEqual([['Ada Okoro', { field: 'tags', text: 'mentor' }]]);

    await logInteraction(db, { contactUrl: ADA, kind: 'note', at: T0, note: 'Loves ethnography' }, rules, T0);
    expect(await found(db, 'ethnografy')).toEqual([
      ['Ada Okoro', { field: 'notes', text: 'Loves ethnography' }],
    ]);

    await logInteraction(db, { contactUrl: ADA, kind: 'outreach-sent', at: T0 }, rules, T0);
    expect(await found(db, 'acme', 'asked')).toHaveLength(1);
    expect(await found(db, 'acme', 'to-contact')).toHaveLength(0);

    await deleteContact(db, ADA);
    expect(await found(db, 'acme')).toEqual([]);
  });
});
