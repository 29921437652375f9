import type { Certification, Education, Position, ProfileSnapshot, Volunteering } from './profile';

/**
 * The user's own profile: the ProfileSnapshot shape where it overlaps, so common ground compares like
 * with like, plus what only the user can say about themselves.
 */
export interface MyProfile extends Omit<ProfileSnapshot, 'url'> {
  url?: string;
  email?: string;
  /** Where I stand now: "final-year economics student", "teacher moving into UX research". */
  situation: string;
  targetField: string;
  targetRole: string;
  /** What stands between me and the target field. */
  obstacles: string[];
  signature: string;
  /** How long a call the outreach asks for; every template says this one length. 20 when absent. */
  callMinutes?: CallMinutes;
}

export const CALL_MINUTES = [15, 20] as const;
export type CallMinutes = (typeof CALL_MINUTES)[number];
export const DEFAULT_CALL_MINUTES: CallMinutes = 20;

export interface FollowUpSettings {
  /** Hours after a meeting ends until an unsent thank-you is overdue. */
  thankYouHours: number;
  /** Days after an unanswered outreach until a reply nudge is due. */
  replyNudgeDays: number;
  maxReplyNudges: number;
  /** Weeks after a thank-you until a "keep them posted" update is due. */
  keepPostedWeeks: number;
  /** Default check-in cadence in days; each contact may override it. */
  checkInDays: number;
}

export interface NotificationSettings {
  enabled: boolean;
  quietHours: { enabled: boolean; start: string; end: string };
}

export interface Settings {
  /** Position in the ordered settings migrations (core/migrate-settings.ts). */
  version: number;
  me: MyProfile;
  followUps: FollowUpSettings;
  notifications: NotificationSettings;
  /** The user's own questions, offered on every profile. */
  questionBank: string[];
}

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
