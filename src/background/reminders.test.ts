import { describe, expect, it } from 'vitest';
import { freshDb, fullReport, profile } from '../../tests/support/test-db';
import { logInteraction } from '../db/interactions';
import { saveCapture } from '../db/save-capture';
import { loadSettings, saveSettings } from '../db/settings';
import {
  BADGE_COLORS,
  NEXT_DUE_ALARM,
  parseNotificationId,
  type ReminderSurfaces,
  reshowIfStillDue,
  syncReminders,
} from './reminders';

const HOUR = 3600_000;
// Noon local time, so "due today" and quiet hours do not depend on the machine's time zone.
const NOW = new Date(2026, 5, 10, 12, 0, 0).getTime();
const URL_ADA = 'https://www.linkedin.com/in/ada-okoro/';

function recorder() {
  const calls = {
    badge: [] as [string, string][],
    alarms: new Map<string, number | undefined>(),
    shown: new Map<string, { title: string; message: string }>(),
  };
  const surfaces: ReminderSurfaces = {
    setBadge: async (text, color) => void calls.badge.push([text, color]),
    setAlarm: async (name, when) => void calls.alarms.set(name, when),
    notify: async (id, content) => void calls.shown.set(id, content),
    clearNotification: async (id) => void calls.shown.delete(id),
  };
  return { calls, surfaces, lastBadge: () => calls.badge[calls.badge.length - 1] };
}

async function withMeeting(heldAt: number) {
  const db = freshDb();
  await saveCapture(db, {
    profile: profile('ada-okoro', 'Ada Okoro'),
    report: fullReport,
    pageUrl: URL_ADA,
    now: heldAt,
  });
  const rules = (await loadSettings(db)).followUps;
  await logInteraction(db, { contactUrl: URL_ADA, kind: 'meeting-held', at: heldAt }, rules, heldAt);
  return { db, rules };
}

describe('syncReminders', () => {
  it('shows a due thank-you on the badge and in one notification, once', async () => {
    const { db } = await withMeeting(NOW - 2 * HOUR);
    const { calls, surfaces, lastBadge } = recorder();
    await syncReminders(db, surfaces, NOW);
    expect(lastBadge()).toEqual(['1', BADGE_COLORS.due]);
    expect([...calls.shown.values()]).toEqual([
      { title: 'Send a thank-you: Ada Okoro', message: expect.any(String) },
    ]);
    const [id] = [...calls.shown.keys()];
    expect(parseNotificationId(id ?? '')?.contactUrl).toBe(URL_ADA);

    calls.shown.clear();
    await syncReminders(db, surfaces, NOW + 60_000);
    expect(calls.shown.size).toBe(0);
  });

  it('turns the badge red once the thank-you is 24 hours overdue', async () => {
    const { db } = await withMeeting(NOW - 25 * HOUR);
    const { surfaces, lastBadge } = recorder();
    await syncReminders(db, surfaces, NOW);
    expect(lastBadge()).toEqual(['1', BADGE_COLORS.overdue]);
  });

  it('clears the badge and takes the notification back when the thank-you is sent', async () => {
    const { db, rules } = await withMeeting(NOW - 2 * HOUR);
    const { calls, surfaces, lastBadge } = recorder();
    await syncReminders(db, surfaces, NOW);
    expect(calls.shown.size).toBe(1);
    await logInteraction(db, { contactUrl: URL_ADA, kind: 'thank-you-sent', at: NOW }, rules, NOW);
    await syncReminders(db, surfaces, NOW);
    expect(lastBadge()?.[0]).toBe('');
    expect(calls.shown.size).toBe(0);
  });

  it('arms the alarm for the next follow-up that is not yet due', async () => {
    const { db } = await withMeeting(NOW + 3 * HOUR);
    const { calls, surfaces } = recorder();
    await syncReminders(db, surfaces, NOW);
    expect(calls.alarms.get(NEXT_DUE_ALARM)).toBe(NOW + 3 * HOUR);
    expect(calls.shown.size).toBe(0);
  });

  it('holds notifications during quiet hours and wakes when they end', async () => {
    const { db } = await withMeeting(NOW - 2 * HOUR);
    const settings = await loadSettings(db);
    await saveSettings(db, {
      ...settings,
      notifications: { enabled: true, quietHours: { enabled: true, start: '11:00', end: '13:30' } },
    });
    const { calls, surfaces, lastBadge } = recorder();
    await syncReminders(db, surfaces, NOW);
    expect(lastBadge()?.[0]).toBe('1');
    expect(calls.shown.size).toBe(0);
    expect(calls.alarms.get(NEXT_DUE_ALARM)).toBe(new Date(2026, 5, 10, 13, 30).getTime());
    await syncReminders(db, surfaces, new Date(2026, 5, 10, 13, 30).getTime());
    expect(calls.shown.size).toBe(1);
  });
});

describe('reshowIfStillDue', () => {
  it('shows a reminder the browser closed by itself again while it is owed, and not once it is done', async () => {
    const { db, rules } = await withMeeting(NOW - 2 * HOUR);
    const { calls, surfaces } = recorder();
    await syncReminders(db, surfaces, NOW);
    const [id] = [...calls.shown.keys()] as [string];
    calls.shown.clear();
    expect(await reshowIfStillDue(db, surfaces, id, NOW + 10_000)).toBe(true);
    expect([...calls.shown.keys()]).toEqual([id]);

    calls.shown.clear();
    await logInteraction(
      db,
      { contactUrl: URL_ADA, kind: 'thank-you-sent', at: NOW + 20_000 },
      rules,
      NOW + 20_000,
    );
    expect(await reshowIfStillDue(db, surfaces, id, NOW + 30_000)).toBe(false);
    expect(await reshowIfStillDue(db, surfaces, 'not-a-reminder', NOW + 30_000)).toBe(false);
    expect(calls.shown.size).toBe(0);
  });
});
