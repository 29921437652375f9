import { describe, expect, it } from 'vitest';
import { capturePerson, dbWithPerson } from '../../tests/support/test-db';
import { referralPlaceholderUrl } from '../core/referrals/referral-match';
import { MINUTE } from '../core/time-units';
import { defaultSettings } from '../shared/settings';
import { listActionItems } from './follow-up-actions';
import { listInteractions } from './interactions';
import { endMeeting, getMeeting, saveMeeting, startMeeting } from './meeting';

const rules = defaultSettings().followUps;
const T0 = Date.UTC(2026, 4, 4, 15, 0);
const EDU = 'https://www.linkedin.com/in/eduardo-silva/';
const DANA = 'https://www.linkedin.com/in/dana-lee-9/';

const withEduardo = () => dbWithPerson('eduardo-silva', 'Eduardo Silva', T0);

/** Eduardo's meeting, held, in which he suggested Dana Lee at Stripe by name. */
async function eduardoSuggestedDana() {
  const db = await withEduardo();
  await startMeeting(db, { contactUrl: EDU, minutes: 20, agenda: [] }, T0);
  const meeting = await getMeeting(db);
  if (!meeting) throw new Error('no meeting');
  await saveMeeting(db, {
    ...meeting,
    captured: [{ id: 'r', kind: 'referral', name: 'Dana Lee', company: 'Stripe' }],
  });
  await endMeeting(db, rules, T0 + 20 * MINUTE);
  return db;
}

describe('meeting mode in the database', () => {
  it('keeps the meeting as it changes, and ending it records everything', async () => {
    const db = await withEduardo();
    const started = await startMeeting(
      db,
      { contactUrl: EDU, minutes: 20, agenda: [{ id: 'q1', text: 'How did you start?' }] },
      T0,
    );
    // Opening it again, as a reopened popup does, gives the same meeting, not a new one.
    expect(await startMeeting(db, { contactUrl: EDU, minutes: 30, agenda: [] }, T0 + MINUTE)).toEqual(
      started,
    );
    await saveMeeting(db, {
      ...started,
      agenda: [
        { id: 'q1', text: 'How did you start?', done: true, note: 'Support desk first', marked: true },
      ],
      notes: 'Free notes',
      captured: [
        { id: 'c1', kind: 'advice', text: 'Get the AWS certification' },
        { id: 'c2', kind: 'action', text: 'Book the AWS exam' },
        { id: 'c3', kind: 'referral', name: 'Dana Lee', company: 'Stripe' },
      ],
    });
    expect((await getMeeting(db))?.notes).toBe('Free notes');

    const held = await endMeeting(db, rules, T0 + 18 * MINUTE);
    expect(held).toMatchObject({
      kind: 'meeting-held',
      meeting: { startsAt: T0, minutes: 18 },
      advice: ['Get the AWS certification'],
      points: ['Support desk first'],
    });
    expect(await getMeeting(db)).toBeNull();
    expect((await listInteractions(db, EDU)).map((i) => i.kind).sort()).toEqual([
      'meeting-held',
      'referral-made',
    ]);
    expect((await listActionItems(db, EDU)).map((r) => [r.title, r.advice])).toEqual([
      ['Book the AWS exam', 'Get the AWS certification'],
    ]);
    const dana = await db.contacts.get(referralPlaceholderUrl('Dana Lee', 'Stripe'));
    expect(dana).toMatchObject({
      name: 'Dana Lee',
      stage: 'to-contact',
      referredBy: { name: 'Eduardo Silva', url: EDU },
    });
    await expect(saveMeeting(db, started)).rejects.toThrow(/already ended/);
  });

  it('one meeting at a time', async () => {
    const db = await withEduardo();
    await capturePerson(db, 'dana-lee-9', 'Dana Lee', T0);
    await startMeeting(db, { contactUrl: EDU, minutes: 20, agenda: [] }, T0);
    await expect(startMeeting(db, { contactUrl: DANA, minutes: 20, agenda: [] }, T0)).rejects.toThrow(
      /Eduardo Silva is still running/,
    );
  });
});

describe('a suggested person, captured later', () => {
  it('continues as the same contact, linked to who suggested them', async () => {
    const db = await eduardoSuggestedDana();

    const result = await capturePerson(db, 'dana-lee-9', 'Dana Lee', T0 + 86_400_000, {
      experience: [{ title: 'Engineer', company: 'Stripe' }],
    });
    expect(result.created).toBe(false);
    expect(await db.contacts.get(referralPlaceholderUrl('Dana Lee', 'Stripe'))).toBeUndefined();
    const dana = await db.contacts.get(DANA);
    expect(dana?.referredBy).toEqual({ name: 'Eduardo Silva', url: EDU });
    expect(dana?.profile.experience[0]?.company).toBe('Stripe');
    expect(await db.contacts.count()).toBe(2);
  });

  it('another person of the same name elsewhere stays apart', async () => {
    const db = await eduardoSuggestedDana();
    expect(await db.contacts.get(EDU)).toBeDefined();
    const result = await capturePerson(db, 'dana-lee-9', 'Dana Lee', T0 + 86_400_000, {
      experience: [{ title: 'Chef', company: 'Noma' }],
    });
    expect(result.created).toBe(true);
    expect(await db.contacts.count()).toBe(3);
  });
});
