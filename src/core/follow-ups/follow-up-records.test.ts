import { describe, expect, it } from 'vitest';
import { ix, rec, run, T0, URL_A } from '../../../tests/support/follow-up-fixtures';
import type { FollowUp, FollowUpRecord } from '../../shared/interaction';
import { DAY, WEEK } from '../time-units';
import {
  applyRecord,
  dismiss,
  indexRecords,
  markDone,
  newActionItem,
  type SnoozePreset,
  snooze,
  snoozeUntil,
} from './follow-up-records';
import { isDue, nextDueAt } from './follow-ups';

describe('snoozeUntil', () => {
  it.each<[string, SnoozePreset, number]>([
    ['1 day', '1d', T0 + DAY],
    ['1 week', '1w', T0 + WEEK],
    ['until a date', { date: T0 + 10 * DAY }, T0 + 10 * DAY],
    ['a date already gone is no snooze', { date: T0 - DAY }, T0],
  ])('%s', (_label, preset, expected) => {
    expect(snoozeUntil(preset, T0)).toBe(expected);
  });
});

describe('decisions survive recomputing', () => {
  // A reply nudge due at T0 + 7 days; the user acts on it at `at`.
  const interactions = [ix('o', 'outreach-sent', T0)];
  const [nudge] = run(interactions);
  const at = T0 + 7 * DAY;

  it.each<[string, SnoozePreset]>([
    ['1 day', '1d'],
    ['1 week', '1w'],
    ['until a date', { date: T0 + 20 * DAY }],
  ])('snoozed %s: hidden until then, back afterwards', (_label, preset) => {
    expect(nudge).toBeDefined();
    if (!nudge) return;
    const until = snoozeUntil(preset, at);
    const record = snooze(nudge, until, at);
    expect(record).toEqual({
      id: nudge.id,
      contactUrl: URL_A,
      kind: 'reply-nudge',
      status: 'open',
      snoozedUntil: until,
      updatedAt: at,
    });
    const [again] = run(interactions, [record]);
    expect(again).toEqual({ ...nudge, snoozedUntil: until });
    if (!again) return;
    expect(isDue(again, until - 1)).toBe(false);
    expect(isDue(again, until)).toBe(true);
    expect(nextDueAt([again])).toBe(until);
  });

  it.each([
    ['done', markDone],
    ['dismissed', dismiss],
  ] as const)('%s: gone, and stays gone when unrelated interactions arrive', (status, decide) => {
    if (!nudge) throw new Error('no nudge');
    const record = decide(nudge, at);
    expect(record).toMatchObject({ id: nudge.id, status, updatedAt: at });
    const later = [...interactions, ix('n', 'note', at + DAY), ix('t', 'thank-you-sent', at + DAY)];
    expect(run(later, [record]).map((f) => f.id)).not.toContain(nudge.id);
  });

  it('a snooze that ends before the follow-up is due changes nothing', () => {
    if (!nudge) throw new Error('no nudge');
    expect(run(interactions, [snooze(nudge, T0 + DAY, T0)])).toEqual([nudge]);
  });

  it('unsnoozing (an open record without a snooze) restores the original', () => {
    if (!nudge) throw new Error('no nudge');
    expect(applyRecord(nudge, rec(nudge.id, 'open', at))).toEqual(nudge);
  });
});

describe('action items', () => {
  const item = newActionItem({
    contactUrl: URL_A,
    key: 'k1',
    title: 'Send the article',
    dueAt: T0 + DAY,
    now: T0,
  });

  it('are keyed by contact and the key given', () => {
    expect(item).toEqual({
      id: `action-item:${URL_A}:k1`,
      contactUrl: URL_A,
      kind: 'action-item',
      status: 'open',
      dueAt: T0 + DAY,
      title: 'Send the article',
      updatedAt: T0,
    });
  });

  it('keep their due date and text through snooze, done and dismiss', () => {
    const [open] = run([], [item]);
    if (!open) throw new Error('no action item');
    for (const record of [snooze(open, T0 + 3 * DAY, T0), markDone(open, T0), dismiss(open, T0)]) {
      expect(record).toMatchObject({ dueAt: T0 + DAY, title: 'Send the article' });
    }
    expect(run([], [snooze(open, T0 + 3 * DAY, T0)])).toEqual([{ ...open, snoozedUntil: T0 + 3 * DAY }]);
  });

  it('rule-made decisions carry no due date or text of their own', () => {
    const f: FollowUp = {
      id: 'check-in:x:y#1',
      contactUrl: URL_A,
      kind: 'check-in',
      dueAt: T0,
      status: 'open',
    };
    expect(markDone(f, T0)).not.toHaveProperty('dueAt');
  });
});

describe('indexRecords', () => {
  it('keeps the latest decision for an id stored twice', () => {
    const records: FollowUpRecord[] = [
      rec('check-in:a#1', 'done', T0 + DAY),
      rec('check-in:a#1', 'open', T0),
    ];
    expect(indexRecords(records).get('check-in:a#1')?.status).toBe('done');
    expect(indexRecords([...records].reverse()).get('check-in:a#1')?.status).toBe('done');
  });
});
