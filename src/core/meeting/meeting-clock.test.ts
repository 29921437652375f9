import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINUTE } from '../time-units';
import { formatClock, heldMinutes, meetingClock } from './meeting-clock';

const START = Date.UTC(2026, 4, 4, 15, 0);
const at = (minutes: number, seconds = 0) => START + minutes * MINUTE + seconds * 1000;

describe('meetingClock', () => {
  it.each([
    ['at the start', 20, at(0), 0, 20 * MINUTE, 'running'],
    ['midway', 20, at(10), 10 * MINUTE, 10 * MINUTE, 'running'],
    ['a second before the cue', 20, at(14, 59), at(14, 59) - START, 5 * MINUTE + 1000, 'running'],
    ['5 minutes left', 20, at(15), 15 * MINUTE, 5 * MINUTE, 'wrap-up'],
    ['the last second', 20, at(19, 59), at(19, 59) - START, 1000, 'wrap-up'],
    ['the end', 20, at(20), 20 * MINUTE, 0, 'over'],
    ['running over', 15, at(17), 17 * MINUTE, -2 * MINUTE, 'over'],
    ['a clock set back', 30, START - MINUTE, 0, 30 * MINUTE, 'running'],
    ['a meeting shorter than the cue', 3, at(1), MINUTE, 2 * MINUTE, 'wrap-up'],
  ] as const)('%s', (_, minutes, now, elapsedMs, remainingMs, phase) => {
    expect(meetingClock(START, minutes, now)).toEqual({ elapsedMs, remainingMs, phase });
  });

  it('depends only on the start and the time: asking twice, or after a restart, gives the same', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 240 }),
        fc.integer({ min: 0, max: 10 * 3600_000 }),
        (minutes, t) => {
          const clock = meetingClock(START, minutes, START + t);
          expect(meetingClock(START, minutes, START + t)).toEqual(clock);
          expect(clock.elapsedMs + clock.remainingMs).toBe(minutes * MINUTE);
        },
      ),
    );
  });
});

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [65_000, '1:05'],
    [20 * MINUTE, '20:00'],
    [-90_000, '+1:30'],
    [3723_000, '1:02:03'],
    [999, '0:00'],
  ])('%d ms → %s', (ms, shown) => {
    expect(formatClock(ms)).toBe(shown);
  });
});

describe('heldMinutes', () => {
  it.each([
    [0, 1],
    [20 * MINUTE + 20_000, 20],
    [17 * MINUTE + 40_000, 18],
  ])('%d ms → %d minutes', (ms, minutes) => {
    expect(heldMinutes(START, START + ms)).toBe(minutes);
  });
});
