import { describe, expect, it } from 'vitest';
import type { MeetingState } from '../../shared/meeting';
import { MINUTE, WEEK } from '../time-units';
import { meetingRecord } from './meeting-record';

const START = Date.UTC(2026, 4, 4, 15, 0);
const END = START + 18 * MINUTE;
const state = (over: Partial<MeetingState> = {}): MeetingState => ({
  contactUrl: 'https://www.linkedin.com/in/eduardo/',
  contactName: 'Eduardo Silva',
  startedAt: START,
  minutes: 20,
  sound: false,
  agenda: [
    {
      id: 'q1',
      text: 'How did you get into cloud work?',
      done: true,
      note: 'From support, via AWS',
      marked: true,
    },
    { id: 'q2', text: 'What do hiring managers look for?', done: false, note: '' },
    { id: 'q3', text: 'Who else should I talk to?', done: true, note: '' },
  ],
  notes: 'Very generous with time.',
  captured: [
    { id: 'c1', kind: 'advice', text: 'Get the AWS certification', marked: true },
    { id: 'c2', kind: 'action', text: 'Book the AWS exam' },
    { id: 'c3', kind: 'action', text: 'Send my CV', dueAt: START + 2 * 86_400_000 },
    { id: 'c4', kind: 'referral', name: 'Dana Lee', company: 'Stripe' },
    { id: 'c5', kind: 'advice', text: '  ' },
  ],
  ...over,
});

describe('meetingRecord', () => {
  it('records the meeting held with its length, notes, advice and marked points', () => {
    const { held } = meetingRecord(state(), END);
    expect(held).toEqual({
      contactUrl: 'https://www.linkedin.com/in/eduardo/',
      kind: 'meeting-held',
      at: END,
      meeting: { startsAt: START, minutes: 18 },
      note: 'How did you get into cloud work?\nFrom support, via AWS\n\nWho else should I talk to?\n\nVery generous with time.',
      advice: ['Get the AWS certification'],
      points: ['From support, via AWS', 'Get the AWS certification'],
    });
  });

  it('turns action items and referrals into what Rapport tracks', () => {
    const record = meetingRecord(state(), END);
    expect(record.actionItems).toEqual([
      { title: 'Book the AWS exam', dueAt: END + WEEK, advice: 'Get the AWS certification' },
      { title: 'Send my CV', dueAt: START + 2 * 86_400_000, advice: 'Get the AWS certification' },
    ]);
    expect(record.referrals).toEqual([{ name: 'Dana Lee', company: 'Stripe' }]);
  });

  it('an empty meeting is still a meeting held, with nothing else', () => {
    const record = meetingRecord(state({ agenda: [], notes: ' ', captured: [] }), START + 30_000);
    expect(record).toEqual({
      held: {
        contactUrl: 'https://www.linkedin.com/in/eduardo/',
        kind: 'meeting-held',
        at: START + 30_000,
        meeting: { startsAt: START, minutes: 1 },
      },
      actionItems: [],
      referrals: [],
    });
  });
});
