import { describe, expect, it } from 'vitest';
import { ix, meeting, type Row, rec, rows, run, T0, URL_A } from '../../../tests/support/follow-up-fixtures';
import type { FollowUpRecord } from '../../shared/interaction';
import type { FollowUpSettings } from '../../shared/settings';
import { DAY, HOUR, MINUTE, WEEK } from '../time-units';
import type { LinkedInteraction } from './interaction-order';

describe('thank-you', () => {
  it.each<[string, LinkedInteraction[], Row[], Partial<FollowUpSettings>?]>([
    [
      'due when a meeting is logged as held, overdue 24 h later',
      [ix('h', 'meeting-held', T0)],
      [['thank-you:h', 0, 24 * HOUR]],
    ],
    [
      'a held meeting linked to its scheduled one counts from the planned end',
      [
        ix('s', 'meeting-scheduled', T0 - DAY, meeting(T0, 45)),
        ix('h', 'meeting-held', T0, { scheduledId: 's' }),
      ],
      [['thank-you:h', 45 * MINUTE, 45 * MINUTE + 24 * HOUR]],
    ],
    [
      'a held meeting with its own details counts from their end',
      [ix('h', 'meeting-held', T0, meeting(T0 + HOUR, 30))],
      [['thank-you:h', 90 * MINUTE, 90 * MINUTE + 24 * HOUR]],
    ],
    [
      'paid by a thank-you sent after the meeting',
      [ix('h', 'meeting-held', T0), ix('t', 'thank-you-sent', T0 + HOUR)],
      [['keep-posted:h', HOUR + 4 * WEEK]],
    ],
    [
      'a thank-you sent before the meeting does not pay it',
      [ix('t', 'thank-you-sent', T0 - HOUR), ix('h', 'meeting-held', T0)],
      [['thank-you:h', 0, 24 * HOUR]],
    ],
    [
      'one thank-you after two meetings pays both',
      [
        ix('h1', 'meeting-held', T0),
        ix('h2', 'meeting-held', T0 + DAY),
        ix('t', 'thank-you-sent', T0 + 2 * DAY),
      ],
      [['keep-posted:h2', 2 * DAY + 4 * WEEK]],
    ],
    [
      'a later meeting owes a new thank-you',
      [
        ix('h1', 'meeting-held', T0),
        ix('t', 'thank-you-sent', T0 + HOUR),
        ix('h2', 'meeting-held', T0 + WEEK),
      ],
      [['thank-you:h2', WEEK, WEEK + 24 * HOUR]],
    ],
    [
      'thankYouHours comes from settings',
      [ix('h', 'meeting-held', T0)],
      [['thank-you:h', 0, 48 * HOUR]],
      { thankYouHours: 48 },
    ],
  ])('%s', (_label, interactions, expected, settings) => {
    expect(rows(run(interactions, [], { settings: settings ?? {} }))).toEqual(expected);
  });
});

describe('reply nudges', () => {
  const N1 = 'reply-nudge:o#1';
  it.each<[string, LinkedInteraction[], FollowUpRecord[], Row[], Partial<FollowUpSettings>?]>([
    ['first nudge replyNudgeDays after the outreach', [ix('o', 'outreach-sent', T0)], [], [[N1, 7 * DAY]]],
    [
      'second nudge replyNudgeDays after the first nudge was sent',
      [ix('o', 'outreach-sent', T0), ix('n1', 'outreach-sent', T0 + 8 * DAY, { note: 'nudge' })],
      [],
      [['reply-nudge:o#2', 15 * DAY]],
    ],
    [
      'at most two nudges',
      [
        ix('o', 'outreach-sent', T0),
        ix('n1', 'outreach-sent', T0 + 8 * DAY),
        ix('n2', 'outreach-sent', T0 + 16 * DAY),
      ],
      [],
      [],
    ],
    [
      'maxReplyNudges 1',
      [ix('o', 'outreach-sent', T0), ix('n1', 'outreach-sent', T0 + 8 * DAY)],
      [],
      [],
      { maxReplyNudges: 1 },
    ],
    ['maxReplyNudges 0', [ix('o', 'outreach-sent', T0)], [], [], { maxReplyNudges: 0 }],
    [
      'replyNudgeDays comes from settings',
      [ix('o', 'outreach-sent', T0)],
      [],
      [[N1, 3 * DAY]],
      { replyNudgeDays: 3 },
    ],
    [
      'a nudge marked done counts as sent then',
      [ix('o', 'outreach-sent', T0)],
      [rec(`reply-nudge:${URL_A}:o#1`, 'done', T0 + 9 * DAY)],
      [['reply-nudge:o#2', 16 * DAY]],
    ],
    [
      'two nudges marked done: no more',
      [ix('o', 'outreach-sent', T0)],
      [
        rec(`reply-nudge:${URL_A}:o#1`, 'done', T0 + 9 * DAY),
        rec(`reply-nudge:${URL_A}:o#2`, 'done', T0 + 17 * DAY),
      ],
      [],
    ],
    [
      'a dismissed nudge ends the chain',
      [ix('o', 'outreach-sent', T0)],
      [rec(`reply-nudge:${URL_A}:o#1`, 'dismissed', T0 + DAY)],
      [],
    ],
    [
      'a reply ends nudging',
      [ix('o', 'outreach-sent', T0), ix('r', 'reply-received', T0 + DAY)],
      [],
      [['check-in:r#1', DAY + 90 * DAY]],
    ],
    [
      'a scheduled meeting ends nudging',
      [ix('o', 'outreach-sent', T0), ix('s', 'meeting-scheduled', T0 + DAY, meeting(T0 + 3 * DAY, 60))],
      [],
      [['check-in:s#1', 3 * DAY + HOUR + 90 * DAY]],
    ],
    [
      'a held meeting ends nudging',
      [ix('o', 'outreach-sent', T0), ix('h', 'meeting-held', T0 + DAY)],
      [],
      [['thank-you:h', DAY, DAY + 24 * HOUR]],
    ],
    [
      'a referral is an answer too',
      [ix('o', 'outreach-sent', T0), ix('x', 'referral-made', T0 + DAY)],
      [],
      [['check-in:x#1', 91 * DAY]],
    ],
    [
      'outreach after a reply starts a new chain',
      [
        ix('o', 'outreach-sent', T0),
        ix('r', 'reply-received', T0 + DAY),
        ix('o2', 'outreach-sent', T0 + 2 * DAY),
      ],
      [],
      [['reply-nudge:o2#1', 9 * DAY]],
    ],
    [
      'our own messages and notes do not end nudging',
      [
        ix('o', 'outreach-sent', T0),
        ix('t', 'thank-you-sent', T0 + HOUR),
        ix('c', 'check-in', T0 + 2 * HOUR),
        ix('n', 'note', T0 + 3 * HOUR),
      ],
      [],
      [[N1, 7 * DAY]],
    ],
  ])('%s', (_label, interactions, records, expected, settings) => {
    expect(rows(run(interactions, records, { settings: settings ?? {} }))).toEqual(expected);
  });

  it('says which nudge it is', () => {
    expect(run([ix('o', 'outreach-sent', T0)])[0]?.title).toBe('Nudge: no reply yet (1 of 2)');
  });
});

describe('keep them posted', () => {
  const met = [ix('h', 'meeting-held', T0), ix('t', 'thank-you-sent', T0 + 2 * HOUR)];
  it.each<[string, LinkedInteraction[], FollowUpRecord[], Row[], Partial<FollowUpSettings>?]>([
    ['keepPostedWeeks after the thank-you', met, [], [['keep-posted:h', 2 * HOUR + 4 * WEEK]]],
    [
      'keepPostedWeeks comes from settings',
      met,
      [],
      [['keep-posted:h', 2 * HOUR + 2 * WEEK]],
      { keepPostedWeeks: 2 },
    ],
    [
      'an update ends it; the check-in cadence takes over',
      [...met, ix('u', 'update-sent', T0 + WEEK)],
      [],
      [['check-in:u#1', WEEK + 90 * DAY]],
    ],
    [
      'an update before the thank-you does not count',
      [
        ix('h', 'meeting-held', T0),
        ix('u', 'update-sent', T0 + HOUR),
        ix('t', 'thank-you-sent', T0 + 2 * HOUR),
      ],
      [],
      [['keep-posted:h', 2 * HOUR + 4 * WEEK]],
    ],
    [
      'a check-in is not an update',
      [...met, ix('c', 'check-in', T0 + WEEK)],
      [],
      [['keep-posted:h', 2 * HOUR + 4 * WEEK]],
    ],
    [
      'nothing before the thank-you is sent',
      [ix('h', 'meeting-held', T0)],
      [],
      [['thank-you:h', 0, 24 * HOUR]],
    ],
    [
      'a thank-you marked done starts it then',
      [ix('h', 'meeting-held', T0)],
      [rec(`thank-you:${URL_A}:h`, 'done', T0 + 3 * HOUR)],
      [['keep-posted:h', 3 * HOUR + 4 * WEEK]],
    ],
    [
      'a dismissed thank-you does not: the cadence applies',
      [ix('h', 'meeting-held', T0)],
      [rec(`thank-you:${URL_A}:h`, 'dismissed', T0 + 3 * HOUR)],
      [['check-in:h#1', 90 * DAY]],
    ],
    [
      'keep-posted done: the cadence applies',
      met,
      [rec(`keep-posted:${URL_A}:h`, 'done', T0 + 5 * WEEK)],
      [['check-in:t#1', 2 * HOUR + 90 * DAY]],
    ],
    [
      'no thank-you without a meeting, so no keep-posted',
      [ix('r', 'reply-received', T0), ix('t', 'thank-you-sent', T0 + HOUR)],
      [],
      [['check-in:t#1', HOUR + 90 * DAY]],
    ],
  ])('%s', (_label, interactions, records, expected, settings) => {
    expect(rows(run(interactions, records, { settings: settings ?? {} }))).toEqual(expected);
  });
});
