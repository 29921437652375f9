import type { InferOutput } from 'valibot';
import type { Certification, Education, Position, Volunteering } from './profile';
import type { MyProfileSchema, SettingsSchema } from './schemas';

// The shapes are the schemas' (schemas.ts): one source for a type and its check.

/**
 * The user's own profile: the ProfileSnapshot shape where it overlaps, so common ground compares like
 * with like, plus what only the user can say about themselves (where they stand now, the field and role
 * they aim for, what stands in the way, their signature).
 */
/** `callMinutes`: how long a call the outreach asks for; every template says this one length (20 when absent). */
export type MyProfile = InferOutput<typeof MyProfileSchema>;

export const CALL_MINUTES = [15, 20] as const;
export type CallMinutes = (typeof CALL_MINUTES)[number];
export const DEFAULT_CALL_MINUTES: CallMinutes = 20;

/**
 * Settings, at `version` in the ordered migrations (core/migrate-settings.ts). Follow-ups: hours after a
 * meeting until an unsent thank-you is overdue, days until a reply nudge, how many nudges, weeks after a
 * thank-you until a "keep them posted" update, and the default check-in cadence in days.
 */
export type Settings = InferOutput<typeof SettingsSchema>;
export type FollowUpSettings = Settings['followUps'];
export type NotificationSettings = Settings['notifications'];

export function emptyMyProfile(): MyProfile {
  const experience: Position[] = [];
  const education: Education[] = [];
  const volunteering: Volunteering[] = [];
  const certifications: Certification[] = [];
  return {
    name: '',
    situation: '',
    targetField: '',
    targetRole: '',
    obstacles: [],
    signature: '',
    experience,
    education,
    skills: [],
    languages: [],
    volunteering,
    certifications,
  };
}

export const SETTINGS_VERSION = 1;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    me: emptyMyProfile(),
    followUps: {
      thankYouHours: 24,
      replyNudgeDays: 7,
      maxReplyNudges: 2,
      keepPostedWeeks: 4,
      checkInDays: 90,
    },
    notifications: { enabled: true, quietHours: { enabled: false, start: '21:00', end: '08:00' } },
    questionBank: [],
  };
}
