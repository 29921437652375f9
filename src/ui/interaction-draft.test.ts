import { describe, expect, it } from 'vitest';
import type { Interaction } from '../shared/interaction';
import { draftFrom, newDraft, pendingMeetings, readDraft } from './interaction-draft';

const URL = 'https://www.linkedin.com/in/maya/';
const now = new Date(2026, 4, 6, 14, 20).getTime();
const HOUR = 3600_000;

const scheduled = (id: string, startsAt: number): Interaction => ({
  id,
  contactUrl: URL,
  kind: 'meeting-scheduled',
  at: startsAt - 72 * HOUR,
  meeting: { startsAt, minutes: 30 },
});

describe('pendingMeetings', () => {
  it('lists scheduled meetings no meeting-held has fulfilled, soonest first', () => {
    const later = scheduled('b', now + 48 * HOUR);
    const earlier = scheduled('a', now - 2 * HOUR);
    const done = scheduled('c', now - 96 * HOUR);
    const held: Interaction = {
      id: 'h',
      contactUrl: URL,
      kind: 'meeting-held',
      at: now - 90 * HOUR,
      scheduledId: 'c',
    };
    expect(pendingMeetings([later, held, done, earlier]).map((i) => i.id)).toEqual(['a', 'b']);
  });
});

describe('newDraft', () => {
  it('starts now, and links a meeting held to the latest meeting already begun', () => {
    const pending = [scheduled('a', now - 2 * HOUR), scheduled('b', now + 48 * HOUR)];
    const draft = newDraft('meeting-held', now, pending);
    expect(draft.at).toBe('2026-05-06T14:20');
    expect(draft.scheduledId).toBe('a');
    expect(newDraft('meeting-scheduled', now, pending).meetingAt).toBe('2026-05-07T15:00');
  });
});

describe('readDraft', () => {
  const base = newDraft('meeting-scheduled', now, []);

  it('names every field that needs fixing', () => {
    const result = readDraft('meeting-scheduled', { ...base, meetingAt: '', minutes: '0' }, [], now);
    expect(result).toEqual({
      ok: false,
      problems: {
        meetingAt: 'Enter the date and time of the meeting.',
        minutes: 'Length: a whole number of minutes, 1 to 1440.',
      },
    });
  });

  it('keeps when an edited meeting was agreed, since its form does not ask', () => {
    const result = readDraft('meeting-scheduled', base, [], now, 1234);
    expect(result.ok && result.value.at).toBe(1234);
  });

  it('trims notes and leaves out empty ones', () => {
    const draft = newDraft('check-in', now, []);
    expect(readDraft('check-in', { ...draft, note: '   ' }, [], now)).toEqual({
      ok: true,
      value: { at: now - (now % 60_000) },
    });
    const noted = readDraft('check-in', { ...draft, note: '  Sent the article ' }, [], now);
    expect(noted.ok && noted.value.note).toBe('Sent the article');
  });

  it('round-trips an interaction through its draft', () => {
    const i: Interaction = {
      id: 'r',
      contactUrl: URL,
      kind: 'referral-made',
      at: new Date(2026, 4, 1, 10, 0).getTime(),
      referral: { name: 'Priya Shah', url: 'https://www.linkedin.com/in/priya-shah/' },
      note: 'Works on search',
    };
    const result = readDraft('referral-made', draftFrom(i), [], now);
    expect(result).toEqual({ ok: true, value: { at: i.at, note: i.note, referral: i.referral } });
  });
});
