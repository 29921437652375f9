import { describe, expect, it } from 'vitest';
import { dueText, durationText } from './due-text';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('durationText', () => {
  it.each([
    [30_000, '1 minute'],
    [5 * 60_000, '5 minutes'],
    [3 * HOUR, '3 hours'],
    [2 * DAY, '2 days'],
    [-3 * HOUR, '3 hours'],
  ])('%i', (ms, words) => expect(durationText(ms, 'en')).toBe(words));
});

describe('dueText', () => {
  const now = Date.UTC(2026, 4, 6, 12);

  it('counts hours overdue from the deadline', () => {
    const t = dueText({ dueAt: now - 27 * HOUR, overdueAt: now - 3 * HOUR }, now, 'en');
    expect(t).toEqual({ text: '3 hours overdue', at: now - 3 * HOUR, overdue: true });
  });

  it('counts down to a deadline once due', () => {
    expect(dueText({ dueAt: now - 10 * HOUR, overdueAt: now + 14 * HOUR }, now, 'en').text).toBe(
      '14 hours left',
    );
  });

  it('says when something without a deadline is due', () => {
    expect(dueText({ dueAt: now + 2 * DAY }, now, 'en').text).toBe('due in 2 days');
    expect(dueText({ dueAt: now - DAY }, now, 'en').text).toBe('due yesterday');
  });

  it('says a snoozed follow-up is back later', () => {
    const t = dueText({ dueAt: now - DAY, snoozedUntil: now + DAY }, now, 'en');
    expect(t.text).toBe('snoozed, back tomorrow');
    expect(t.overdue).toBe(false);
  });
});
