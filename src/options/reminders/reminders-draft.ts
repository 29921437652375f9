import { SETTING_RANGES } from '../../shared/limits';
import type { FollowUpSettings, NotificationSettings, Settings } from '../../shared/settings';
import { isTimeOfDay } from '../../ui/local-time';

export type NumberField = keyof FollowUpSettings;

/** The reminder settings as the form holds them: numbers as typed, so a half-typed value is kept. */
export interface RemindersDraft {
  numbers: Record<NumberField, string>;
  notificationsEnabled: boolean;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
}

export type DraftField = NumberField | 'quietStart' | 'quietEnd';

/** The ranges the settings schema accepts; only the number of nudges must be whole. */
export const LIMITS: Record<NumberField, { min: number; max: number; whole: boolean }> = SETTING_RANGES;

export function toRemindersDraft(settings: Settings): RemindersDraft {
  const f = settings.followUps;
  const n = settings.notifications;
  return {
    numbers: {
      thankYouHours: String(f.thankYouHours),
      replyNudgeDays: String(f.replyNudgeDays),
      maxReplyNudges: String(f.maxReplyNudges),
      keepPostedWeeks: String(f.keepPostedWeeks),
      checkInDays: String(f.checkInDays),
    },
    notificationsEnabled: n.enabled,
    quietEnabled: n.quietHours.enabled,
    quietStart: n.quietHours.start,
    quietEnd: n.quietHours.end,
  };
}

export type RemindersResult =
  | { ok: true; followUps: FollowUpSettings; notifications: NotificationSettings }
  | { ok: false; problems: Partial<Record<DraftField, string>> };

export function readRemindersDraft(
  draft: RemindersDraft,
  labels: Record<NumberField, string>,
): RemindersResult {
  const problems: Partial<Record<DraftField, string>> = {};
  const followUps = {} as FollowUpSettings;
  for (const key of Object.keys(LIMITS) as NumberField[]) {
    const { min, max, whole } = LIMITS[key];
    const raw = draft.numbers[key].trim();
    const value = Number(raw);
    if (
      !raw ||
      !Number.isFinite(value) ||
      value < min ||
      value > max ||
      (whole && !Number.isInteger(value))
    ) {
      problems[key] = `${labels[key]}: ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}.`;
    } else {
      followUps[key] = value;
    }
  }
  if (!isTimeOfDay(draft.quietStart)) problems.quietStart = 'Quiet hours start: a time such as 21:00.';
  if (!isTimeOfDay(draft.quietEnd)) problems.quietEnd = 'Quiet hours end: a time such as 08:00.';
  if (Object.keys(problems).length) return { ok: false, problems };
  return {
    ok: true,
    followUps,
    notifications: {
      enabled: draft.notificationsEnabled,
      quietHours: { enabled: draft.quietEnabled, start: draft.quietStart, end: draft.quietEnd },
    },
  };
}
