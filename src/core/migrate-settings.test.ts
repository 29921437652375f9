import { describe, expect, it } from 'vitest';
import { defaultSettings, SETTINGS_VERSION } from '../shared/settings';
import { fillDefaults, migrateSettings } from './migrate-settings';

describe('migrateSettings', () => {
  it('gives defaults when nothing is stored', () => {
    expect(migrateSettings(undefined)).toEqual(defaultSettings());
    expect(migrateSettings('garbage')).toEqual(defaultSettings());
  });

  it('keeps every value the user set and fills what is missing', () => {
    const stored = { version: 1, me: { name: 'Sam', skills: ['Figma'] }, followUps: { replyNudgeDays: 3 } };
    const settings = migrateSettings(stored);
    expect(settings.me.name).toBe('Sam');
    expect(settings.me.skills).toEqual(['Figma']);
    expect(settings.me.obstacles).toEqual([]);
    expect(settings.followUps).toEqual({ ...defaultSettings().followUps, replyNudgeDays: 3 });
    expect(settings.version).toBe(SETTINGS_VERSION);
  });
});

describe('fillDefaults', () => {
  it.each([
    [{ a: 1, b: { c: 2 } }, { b: {} }, { a: 1, b: { c: 2 } }],
    [{ list: [1, 2] }, { list: [] }, { list: [] }],
    [{ a: 1 }, { a: 5, extra: true }, { a: 5, extra: true }],
  ])('%j + %j', (defaults, stored, expected) => expect(fillDefaults(defaults, stored)).toEqual(expected));
});
