import { describe, expect, it } from 'vitest';
import { freshDb, fullReport, profile } from '../../tests/support/test-db';
import { defaultSettings } from '../shared/settings';
import { updateContact } from './contacts';
import { listJournal, logInteraction } from './interactions';
import { saveCapture } from './save-capture';

const rules = defaultSettings().followUps;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1);
const ADA = 'https://www.linkedin.com/in/ada-okoro/';
const BEN = 'https://www.linkedin.com/in/ben-adeyemi/';

async function twoPeople() {
  const db = freshDb();
  await saveCapture(db, {
    profile: profile('ada-okoro', 'Ada Okoro'),
    report: fullReport,
    pageUrl: ADA,
    now: T0,
  });
  await saveCapture(db, {
    profile: profile('ben-adeyemi', 'Ben Adeyemi'),
    report: fullReport,
    pageUrl: BEN,
    now: T0,
  });
  return db;
}

describe('logInteraction', () => {
  it('keeps stage, follow-ups and the due queue in step with the interactions', async () => {
    const db = await twoPeople();
    await logInteraction(db, { contactUrl: ADA, kind: 'meeting-held', at: T0 }, rules, T0);
    const ada = await db.contacts.get(ADA);
    expect(ada?.stage).toBe('met');
    expect(ada?.followUps.map((f) => f.kind)).toEqual(['thank-you']);
    expect((await db.dueQueue.toArray()).map((r) => [r.contactName, r.followUp.kind])).toEqual([
      ['Ada Okoro', 'thank-you'],
    ]);
  });

  it('adds the person a referral names, remembering who suggested them', async () => {
    const db = await twoPeople();
    await logInteraction(
      db,
      {
        contactUrl: ADA,
        kind: 'referral-made',
        at: T0,
        referral: { name: 'Chidi Eze', url: 'https://ng.linkedin.com/in/chidi-eze/' },
      },
      rules,
      T0,
    );
    expect(await db.contacts.get('https://www.linkedin.com/in/chidi-eze/')).toMatchObject({
      name: 'Chidi Eze',
      referredBy: { name: 'Ada Okoro', url: ADA },
    });
  });

  it('refuses a conversation with someone not saved', async () => {
    const db = freshDb();
    await expect(logInteraction(db, { contactUrl: ADA, kind: 'note', at: T0 }, rules, T0)).rejects.toThrow(
      /Save this person/,
    );
  });
});

describe('updateContact', () => {
  it('moves the check-in when the cadence changes', async () => {
    const db = await twoPeople();
    await logInteraction(db, { contactUrl: ADA, kind: 'reply-received', at: T0 }, rules, T0);
    expect((await db.contacts.get(ADA))?.nextDueAt).toBe(T0 + 90 * DAY);
    await updateContact(db, ADA, { checkInDays: 30 }, rules, T0);
    expect((await db.contacts.get(ADA))?.nextDueAt).toBe(T0 + 30 * DAY);
    expect((await db.dueQueue.toArray()).map((r) => r.dueAt)).toEqual([T0 + 30 * DAY]);
  });

  it('owes the new referrer a thank-you once their referral has been met', async () => {
    const db = await twoPeople();
    await logInteraction(db, { contactUrl: BEN, kind: 'meeting-held', at: T0 }, rules, T0);
    await updateContact(db, BEN, { referredBy: { name: 'Ada Okoro', url: ADA } }, rules, T0 + 1);
    expect((await db.contacts.get(ADA))?.followUps.map((f) => f.kind)).toEqual(['thank-referrer']);
  });
});

describe('listJournal', () => {
  it('lists notes newest first, and filters by words in the note or the name', async () => {
    const db = await twoPeople();
    await logInteraction(
      db,
      { contactUrl: ADA, kind: 'meeting-held', at: T0, note: 'Build a portfolio first' },
      rules,
      T0,
    );
    await logInteraction(
      db,
      { contactUrl: BEN, kind: 'note', at: T0 + DAY, note: 'Ask about research ops' },
      rules,
      T0,
    );
    await logInteraction(db, { contactUrl: BEN, kind: 'check-in', at: T0 + 2 * DAY }, rules, T0);
    const all = await listJournal(db, { limit: 10 });
    expect(all.map((e) => [e.contactName, e.interaction.note])).toEqual([
      ['Ben Adeyemi', 'Ask about research ops'],
      ['Ada Okoro', 'Build a portfolio first'],
    ]);
    expect((await listJournal(db, { limit: 10, query: 'portfolio' })).map((e) => e.contactName)).toEqual([
      'Ada Okoro',
    ]);
    expect((await listJournal(db, { limit: 10, query: 'ben research' })).map((e) => e.contactName)).toEqual([
      'Ben Adeyemi',
    ]);
    expect(await listJournal(db, { limit: 1, offset: 1 })).toHaveLength(1);
  });

  it('the journal filter matches every word in the note, the person or the kind, ignoring accents and case', async () => {
    const db = freshDb();
    const people = [
      ['maya-okafor', 'Maya Okafor'],
      ['leo-park', 'Léo Park'],
      ['priya-shah', 'Priya Shah'],
    ] as const;
    const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
    for (const [slug, name] of people) {
      await saveCapture(db, {
        profile: profile(slug, name),
        report: fullReport,
        pageUrl: url(slug),
        now: T0,
      });
    }
    const notes = [
      ['maya-okafor', 'meeting-held', 'Build a portfolio of three design studies'],
      ['leo-park', 'note', 'Read about the Café research community'],
      ['priya-shah', 'meeting-held', 'Apply to the autumn apprenticeship'],
    ] as const;
    for (const [n, [slug, kind, note]] of notes.entries()) {
      await logInteraction(db, { contactUrl: url(slug), kind, at: T0 + n * DAY, note }, rules, T0);
    }
    const who = async (query: string) =>
      (await listJournal(db, { limit: 10, query })).map((e) => e.contactName).sort();
    expect(await who('cafe')).toEqual(['Léo Park']);
    expect(await who('leo research')).toEqual(['Léo Park']);
    expect(await who('PORTFOLIO maya')).toEqual(['Maya Okafor']);
    expect(await who('meeting held')).toEqual(['Maya Okafor', 'Priya Shah']);
    expect(await who('portfolio priya')).toEqual([]);
  });
});

describe('refreshAllContacts', () => {
  it('gives the same result as recomputing each contact on its own', async () => {
    const { refreshAllContacts } = await import('./follow-up-store');
    const db = await twoPeople();
    await logInteraction(db, { contactUrl: ADA, kind: 'meeting-held', at: T0 }, rules, T0);
    await logInteraction(db, { contactUrl: BEN, kind: 'reply-received', at: T0 }, rules, T0);
    await updateContact(db, BEN, { referredBy: { name: 'Ada Okoro', url: ADA } }, rules, T0);
    await logInteraction(db, { contactUrl: BEN, kind: 'meeting-held', at: T0 + DAY }, rules, T0);
    const one = { contacts: await db.contacts.toArray(), queue: await db.dueQueue.toArray() };
    await db.dueQueue.clear();
    await db.contacts.toCollection().modify((c) => {
      c.followUps = [];
      c.stage = 'to-contact';
      delete c.nextDueAt;
    });
    expect(await refreshAllContacts(db, rules, T0)).toBe(2);
    const sortById = <T extends { id: string }>(rows: T[]) =>
      [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(await db.contacts.toArray()).toEqual(one.contacts);
    expect(sortById(await db.dueQueue.toArray())).toEqual(sortById(one.queue));
    expect(one.contacts.find((c) => c.url === ADA)?.followUps.map((f) => f.kind)).toContain('thank-referrer');
  });
});
