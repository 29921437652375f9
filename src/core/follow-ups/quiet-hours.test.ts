import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endOfQuietTime, isQuietTime } from './quiet-hours';

const local = (day: number, hour: number, minute = 0, second = 0) =>
  new Date(2025, 5, day, hour, minute, second);
const overnight = { enabled: true, start: '21:00', end: '08:00' };
const lunch = { enabled: true, start: '12:30', end: '13:30' };

describe('isQuietTime', () => {
  it.each<[string, typeof overnight, Date, boolean]>([
    ['before an overnight window', overnight, local(10, 20, 59, 59), false],
    ['its start is quiet', overnight, local(10, 21), true],
    ['late evening', overnight, local(10, 23, 59), true],
    ['midnight', overnight, local(11, 0), true],
    ['the last minute before the end', overnight, local(11, 7, 59, 59), true],
    ['its end is not quiet', overnight, local(11, 8), false],
    ['midday', overnight, local(11, 12), false],
    ['inside a same-day window', lunch, local(10, 13), true],
    ['after a same-day window', lunch, local(10, 13, 30), false],
    ['before a same-day window', lunch, local(10, 12, 29), false],
    ['disabled', { ...overnight, enabled: false }, local(10, 23), false],
    ['zero-length window', { enabled: true, start: '21:00', end: '21:00' }, local(10, 21), false],
    ['unreadable start', { enabled: true, start: '9pm', end: '08:00' }, local(10, 23), false],
    ['out-of-range end', { enabled: true, start: '21:00', end: '25:00' }, local(10, 23), false],
    ['single-digit hours', { enabled: true, start: '9:00', end: '17:00' }, local(10, 9, 30), true],
  ])('%s', (_label, settings, date, expected) => {
    expect(isQuietTime(settings, date)).toBe(expected);
  });
});

describe('endOfQuietTime', () => {
  it.each<[string, typeof overnight, Date, Date]>([
    ['in the evening: tomorrow at the end', overnight, local(10, 22, 30), local(11, 8)],
    ['after midnight: today at the end', overnight, local(11, 3), local(11, 8)],
    ['seconds before the end', overnight, local(11, 7, 59, 30), local(11, 8)],
    ['in a same-day window', lunch, local(10, 12, 45, 10), local(10, 13, 30)],
  ])('%s', (_label, settings, date, expected) => {
    expect(endOfQuietTime(settings, date)).toEqual(expected);
  });

  it('outside quiet hours it is now', () => {
    const now = local(10, 12, 0, 7);
    expect(endOfQuietTime(overnight, now)).toEqual(now);
    expect(endOfQuietTime({ ...overnight, enabled: false }, local(10, 23))).toEqual(local(10, 23));
  });
});

describe('across daylight-saving changes (Europe/Berlin)', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    // 02:30 does not exist on 30 March 2025 in Berlin; if this fails the zone switch did not take effect.
    expect(new Date(2025, 2, 30, 2, 30).getHours()).toBe(3);
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('an end inside the skipped hour comes at the first minute that exists after it', () => {
    const settings = { enabled: true, start: '23:00', end: '02:30' };
    expect(endOfQuietTime(settings, new Date(2025, 2, 30, 1, 30)).toISOString()).toBe(
      '2025-03-30T01:00:00.000Z',
    );
  });

  it('in the repeated hour, the end is the one still ahead', () => {
    const settings = { enabled: true, start: '23:00', end: '02:30' };
    // Clocks go back at 03:00 CEST: 01:15Z is the second 02:15 of the night (the first, CEST, was 00:15Z),
    // so the end is 02:30 CET, a quarter of an hour ahead, not 02:30 the next night.
    const secondQuarterPastTwo = new Date('2025-10-26T01:15:00Z');
    expect(isQuietTime(settings, secondQuarterPastTwo)).toBe(true);
    expect(endOfQuietTime(settings, secondQuarterPastTwo).toISOString()).toBe('2025-10-26T01:30:00.000Z');
  });
});
