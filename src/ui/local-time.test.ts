import { describe, expect, it } from 'vitest';
import {
  dateInputValue,
  dateTimeInputValue,
  isTimeOfDay,
  MORNING_HOUR,
  parseDateInput,
  parseDateTimeInput,
} from './local-time';

describe('local date inputs', () => {
  const at = new Date(2026, 2, 14, 9, 5).getTime();

  it('writes and reads the same local moment', () => {
    expect(dateInputValue(at)).toBe('2026-03-14');
    expect(dateTimeInputValue(at)).toBe('2026-03-14T09:05');
    expect(parseDateTimeInput('2026-03-14T09:05')).toBe(at);
    expect(parseDateTimeInput('2026-03-14T09:05:00')).toBe(at);
  });

  it('puts a chosen day in the morning', () => {
    expect(parseDateInput('2026-03-14')).toBe(new Date(2026, 2, 14, MORNING_HOUR).getTime());
    expect(parseDateInput('2026-03-14', 0)).toBe(new Date(2026, 2, 14).getTime());
  });

  it('refuses what is not a real date or time', () => {
    for (const bad of ['', '2026-02-30', '14/03/2026', 'soon']) expect(parseDateInput(bad)).toBeUndefined();
    for (const bad of ['', '2026-03-14', '2026-03-14T24:00', '2026-13-01T10:00'])
      expect(parseDateTimeInput(bad)).toBeUndefined();
  });

  it('knows a time of day', () => {
    expect(isTimeOfDay('21:00')).toBe(true);
    expect(isTimeOfDay('08:30')).toBe(true);
    expect(isTimeOfDay('24:00')).toBe(false);
    expect(isTimeOfDay('8:30')).toBe(false);
  });
});
