import { badgeState, newlyDue, notificationKey } from '../core/follow-ups/due-list';
import { endOfQuietTime, isQuietTime } from '../core/follow-ups/quiet-hours';
import type { RapportDb } from '../db/database';
import { dueFollowUps, nextDueAfter } from '../db/follow-up-store';
import { loadSettings } from '../db/settings';
import type { FollowUp } from '../shared/interaction';

export const SWEEP_ALARM = 'rapport:sweep';
export const NEXT_DUE_ALARM = 'rapport:next-due';
export const SWEEP_MINUTES = 5;
const NOTIFIED_KEY = 'notified';

export const BADGE_COLORS = { due: '#2f5bd3', overdue: '#b3261e' } as const;

/** The browser surfaces reminders use, injected so the logic is tested without a browser. */
export interface ReminderSurfaces {
  setBadge: (text: string, color: string) => Promise<void>;
  /** Sets (or replaces) a one-shot alarm; `undefined` clears it. */
  setAlarm: (name: string, when: number | undefined) => Promise<void>;
  notify: (id: string, content: { title: string; message: string }) => Promise<void>;
  /** Takes back a notification whose follow-up was dealt with some other way. */
  clearNotification: (id: string) => Promise<void>;
}

const NOTIFICATION_TITLES: Record<FollowUp['kind'], string> = {
  'thank-you': 'Send a thank-you',
  'reply-nudge': 'Follow up on your message',
  'keep-posted': 'Keep them posted',
  'check-in': 'Time to check in',
  'action-item': 'Action item due',
  'thank-referrer': 'Thank your referrer',
};

/** A notification's id names its follow-up, so its buttons act on the right one after a worker restart. */
export function notificationId(f: FollowUp): string {
  return `followup|${f.contactUrl}|${f.id}`;
}

export function parseNotificationId(id: string): { contactUrl: string; followUpId: string } | undefined {
  const [prefix, contactUrl, ...rest] = id.split('|');
  if (prefix !== 'followup' || !contactUrl || rest.length === 0) return undefined;
  return { contactUrl, followUpId: rest.join('|') };
}

function notificationContent(f: FollowUp, names: Map<string, string>) {
  const name = names.get(f.contactUrl) ?? 'a contact';
  return {
    title: `${NOTIFICATION_TITLES[f.kind]}: ${name}`,
    message: f.title ?? NOTIFICATION_TITLES[f.kind],
  };
}

/**
 * A reminder stays until it is dealt with. Firefox has no `requireInteraction` and closes notifications
 * by itself after a few seconds: one closed whose follow-up is still due, and that quiet hours do not
 * hold, is shown again. Returns whether it was.
 */
export async function reshowIfStillDue(
  db: RapportDb,
  surfaces: ReminderSurfaces,
  id: string,
  now: number,
): Promise<boolean> {
  if (!parseNotificationId(id)) return false;
  const { notifications } = await loadSettings(db);
  if (!notifications.enabled || isQuietTime(notifications.quietHours, new Date(now))) return false;
  const { followUps, names } = await dueFollowUps(db, now);
  const owed = followUps.find((f) => notificationId(f) === id);
  if (!owed) return false;
  await surfaces.notify(id, notificationContent(owed, names));
  return true;
}

/**
 * Brings the badge, the alarms and the notifications in line with what is stored. Safe to run any number
 * of times from any event: it keeps nothing in memory, and each notification is shown once (the keys of
 * those shown are stored).
 */
export async function syncReminders(db: RapportDb, surfaces: ReminderSurfaces, now: number): Promise<void> {
  const settings = await loadSettings(db);
  const { followUps, names } = await dueFollowUps(db, now);
  const badge = badgeState(followUps, now);
  await surfaces.setBadge(
    badge.count ? String(badge.count) : '',
    badge.overdue ? BADGE_COLORS.overdue : BADGE_COLORS.due,
  );

  // Stored as [key, notification id] pairs: the key says "shown once", the id lets it be taken back.
  const stored = (await db.meta.get(NOTIFIED_KEY))?.value;
  const shown = new Map<string, string>(Array.isArray(stored) ? (stored as [string, string][]) : []);
  const previous = new Set(shown.keys());
  const quiet = isQuietTime(settings.notifications.quietHours, new Date(now));
  let quietEnds: number | undefined;
  if (settings.notifications.enabled && quiet) {
    quietEnds = endOfQuietTime(settings.notifications.quietHours, new Date(now)).getTime();
  } else if (settings.notifications.enabled) {
    const { show } = newlyDue(previous, followUps, now);
    for (const f of show) {
      await surfaces.notify(notificationId(f), notificationContent(f, names));
      shown.set(notificationKey(f), notificationId(f));
    }
  }
  // A follow-up no longer due (done, snoozed, its thank-you logged) takes its notification with it.
  const current = new Set(followUps.map(notificationKey));
  for (const [key, id] of shown) {
    if (current.has(key)) continue;
    await surfaces.clearNotification(id);
    shown.delete(key);
  }
  await db.meta.put({ key: NOTIFIED_KEY, value: [...shown] });

  const next = await nextDueAfter(db, now);
  const wake = [next, quietEnds].filter((t): t is number => t !== undefined);
  await surfaces.setAlarm(NEXT_DUE_ALARM, wake.length ? Math.min(...wake) : undefined);
}
