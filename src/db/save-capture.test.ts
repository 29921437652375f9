import { describe, expect, it } from 'vitest';
import { freshDb, fullReport, profile } from '../../tests/support/test-db';
import { getContactView, listContacts } from './contacts';
import { saveCapture } from './save-capture';

const T0 = Date.UTC(2026, 0, 10, 9);
const URL_ADA = 'https://www.linkedin.com/in/ada-okoro/';

describe('saveCapture', () => {
  it('creates one contact per person, keyed by canonical URL, with a first snapshot', async () => {
    const db = freshDb();
    const result = await saveCapture(db, {
      profile: profile('Ada-Okoro', 'Ada Okoro', { headline: 'Researcher' }),
      report: fullReport,
      pageUrl: 'https://uk.linkedin.com/in/ada-okoro?trk=x',
      now: T0,
    });
    expect(result).toEqual({ url: URL_ADA, created: true, changes: [] });
    const view = await getContactView(db, 'https://www.linkedin.com/in/ADA-OKORO/details/skills/');
    expect(view?.contact).toMatchObject({
      url: URL_ADA,
      name: 'Ada Okoro',
      stage: 'to-contact',
      firstSavedAt: T0,
    });
    expect(view?.snapshotCount).toBe(1);
  });

  it('keeps history, records what changed and shows a new employer as a job change', async () => {
    const db = freshDb();
    const before = profile('ada-okoro', 'Ada Okoro', {
      experience: [{ title: 'Analyst', company: 'Contoso', start: '2020-01', end: 'present' }],
    });
    await saveCapture(db, { profile: before, report: fullReport, pageUrl: URL_ADA, now: T0 });
    const after = profile('ada-okoro', 'Ada Okoro', {
      headline: 'Product manager at Fabrikam',
      experience: [
        { title: 'Product Manager', company: 'Fabrikam', start: '2026-01', end: 'present' },
        { title: 'Analyst', company: 'Contoso', start: '2020-01', end: '2025-12' },
      ],
    });
    const result = await saveCapture(db, {
      profile: after,
      report: fullReport,
      pageUrl: URL_ADA,
      now: T0 + 1000,
    });
    expect(result.created).toBe(false);
    expect(result.changes).toContain('New role: Product Manager at Fabrikam');
    const view = await getContactView(db, URL_ADA);
    expect(view?.snapshotCount).toBe(2);
    expect(view?.contact.jobChanges).toEqual([
      {
        at: T0 + 1000,
        from: { title: 'Analyst', company: 'Contoso' },
        to: { title: 'Product Manager', company: 'Fabrikam' },
      },
    ]);
  });

  it('adds no snapshot when a re-capture changes nothing', async () => {
    const db = freshDb();
    const p = profile('ada-okoro', 'Ada Okoro');
    await saveCapture(db, { profile: p, report: fullReport, pageUrl: URL_ADA, now: T0 });
    await saveCapture(db, { profile: p, report: fullReport, pageUrl: URL_ADA, now: T0 + 5 });
    expect((await getContactView(db, URL_ADA))?.snapshotCount).toBe(1);
    expect((await getContactView(db, URL_ADA))?.contact.capturedAt).toBe(T0 + 5);
  });

  it('refuses a capture whose person is not the page owner, writing nothing', async () => {
    const db = freshDb();
    await expect(
      saveCapture(db, {
        profile: profile('someone-else', 'Someone Else'),
        report: fullReport,
        pageUrl: URL_ADA,
        now: T0,
      }),
    ).rejects.toThrow(/does not match/);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('merges a details page into the same contact, keeping the full list', async () => {
    const db = freshDb();
    const roles = Array.from({ length: 7 }, (_, i) => ({ title: `Role ${i}`, company: `Org ${i}` }));
    await saveCapture(db, {
      profile: profile('ada-okoro', 'Ada Okoro', { experience: roles }),
      report: { layout: 'details', sections: { name: { status: 'read' }, experience: { status: 'read' } } },
      pageUrl: `${URL_ADA}details/experience/`,
      now: T0,
    });
    await saveCapture(db, {
      profile: profile('ada-okoro', 'Ada Okoro', { headline: 'Lead', experience: roles.slice(0, 3) }),
      report: fullReport,
      pageUrl: URL_ADA,
      now: T0 + 10,
    });
    const contact = (await getContactView(db, URL_ADA))?.contact;
    expect(contact?.profile.experience).toHaveLength(7);
    expect(contact?.profile.headline).toBe('Lead');
    expect(await db.contacts.count()).toBe(1);
  });
});

describe('listContacts', () => {
  it('lists the most recently changed first, up to the limit', async () => {
    const db = freshDb();
    for (const [i, slug] of ['a', 'b', 'c'].entries()) {
      await saveCapture(db, {
        profile: profile(slug, slug.toUpperCase()),
        report: fullReport,
        pageUrl: `https://www.linkedin.com/in/${slug}/`,
        now: T0 + i,
      });
    }
    const recent = await listContacts(db, { limit: 2 });
    expect(recent.map((c) => c.name)).toEqual(['C', 'B']);
  });
});
