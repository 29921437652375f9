/**
 * Every ceiling Rapport puts on what it stores, in one table. The message schemas and the importer both
 * read these numbers, so whatever the database can hold is exactly what an export writes and an import
 * accepts. Lists that grow with time (history, job changes, a profile's entries across re-captures) are
 * trimmed to these sizes when saving, oldest first, never by refusing a backup.
 */
export const LIMITS = {
  /** Text lengths. */
  name: 300,
  shortText: 300,
  headline: 1000,
  longText: 10_000,
  note: 20_000,
  skill: 200,
  certification: 500,
  layout: 100,
  sectionNote: 500,
  url: 2048,
  /** Any page address a message may name; longer ones are refused before they are parsed. */
  pageUrl: 4096,
  /** Follow-up ids are a kind, a fixed-length address key and a source: well under this. */
  followUpId: 500,
  recordId: 100,
  title: 1000,
  changeText: 1000,
  tag: 100,
  email: 300,
  question: 2000,
  questionId: 200,
  templateBody: 20_000,
  templateName: 200,
  metaKey: 200,

  /** List lengths. */
  experience: 200,
  education: 100,
  skills: 500,
  languages: 100,
  volunteering: 100,
  certifications: 300,
  obstacles: 50,
  questionBank: 500,
  /** Pieces of advice, and points to thank for, noted from one meeting. */
  advicePerMeeting: 100,
  pointsPerMeeting: 10,
  followUpsPerContact: 1000,
  jobChanges: 1000,
  tags: 100,
  changesPerSnapshot: 1000,
  /** Saved versions of one profile; the oldest but the first are folded away when saving. */
  snapshotsPerContact: 100,

  /**
   * Times: milliseconds since 1970, up to the start of the year 2200 for anything that happened (or is
   * planned), so every one is a valid Date and renders. Due times are derived from those plus at most
   * a few years (the longest check-in is ten years), so they may run a century further.
   */
  earliestTime: 0,
  latestTime: Date.UTC(2200, 0, 1),
  latestDueTime: Date.UTC(2300, 0, 1),
} as const;

/** The ranges each reminder setting accepts (and a contact's own check-in cadence); whole: integers only. */
export const SETTING_RANGES = {
  thankYouHours: { min: 1, max: 24 * 14, whole: false },
  replyNudgeDays: { min: 1, max: 365, whole: false },
  maxReplyNudges: { min: 0, max: 10, whole: true },
  keepPostedWeeks: { min: 1, max: 104, whole: false },
  checkInDays: { min: 1, max: 3650, whole: false },
} as const;

/** Cuts text to a limit, marking the cut, so a long change list still reads as one. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
