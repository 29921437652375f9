import * as v from 'valibot';
import { STAGES } from './contact';
import { FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES, INTERACTION_KINDS } from './interaction';
import { LIMITS as L, SETTING_RANGES } from './limits';
import { PAGE_KINDS, PROFILE_SECTIONS, SECTION_STATUSES } from './profile';
import { CALL_MINUTES } from './settings';
import { TEMPLATE_KINDS } from './template';

// Captured text is untrusted: every string has a ceiling, so a hostile page cannot fill the disk.
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const optText = (max: number) => v.optional(text(max));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));
const partialDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2})?$/));
const endDate = v.union([partialDate, v.literal('present')]);
// A time every Date can hold: a bad one would blank the page that formats it.
export const time = v.pipe(v.number(), v.finite(), v.minValue(L.earliestTime), v.maxValue(L.latestTime));
// When something falls due: worked out from an event's time plus at most a few years, so it has room past
// the latest event time and an event Rapport accepted never makes a due time its own import refuses.
const dueTime = v.pipe(v.number(), v.finite(), v.minValue(L.earliestTime), v.maxValue(L.latestDueTime));
export const httpUrl = v.pipe(v.string(), v.maxLength(L.url), v.url(), v.regex(/^https?:\/\//));

export const PositionSchema = v.object({
  title: text(L.shortText),
  company: text(L.shortText),
  location: optText(L.shortText),
  start: v.optional(partialDate),
  end: v.optional(endDate),
  description: optText(L.longText),
  companyUrl: v.optional(httpUrl),
});

export const EducationSchema = v.object({
  school: text(L.shortText),
  degree: optText(L.shortText),
  field: optText(L.shortText),
  start: v.optional(partialDate),
  end: v.optional(endDate),
  schoolUrl: v.optional(httpUrl),
});

const profileBody = {
  name: text(L.name),
  headline: optText(L.headline),
  location: optText(L.shortText),
  about: optText(L.longText),
  experience: list(PositionSchema, L.experience),
  education: list(EducationSchema, L.education),
  skills: list(text(L.skill), L.skills),
  languages: list(text(L.skill), L.languages),
  volunteering: list(
    v.object({ role: optText(L.shortText), organization: text(L.shortText), cause: optText(L.shortText) }),
    L.volunteering,
  ),
  certifications: list(
    v.object({ name: text(L.certification), issuer: optText(L.certification) }),
    L.certifications,
  ),
};

export const ProfileSnapshotSchema = v.object({ url: httpUrl, ...profileBody });

const sectionStatus = v.picklist(SECTION_STATUSES);
const sectionName = v.picklist(PROFILE_SECTIONS);

export const CaptureReportSchema = v.object({
  layout: text(L.layout),
  page: v.optional(v.picklist(PAGE_KINDS)),
  sections: v.record(
    sectionName,
    v.object({ status: sectionStatus, count: v.optional(v.number()), note: optText(L.sectionNote) }),
  ),
});

export const MyProfileSchema = v.object({
  ...profileBody,
  url: v.optional(httpUrl),
  email: optText(L.email),
  situation: text(L.title),
  targetField: text(L.shortText),
  targetRole: text(L.shortText),
  obstacles: list(text(L.certification), L.obstacles),
  signature: text(L.question),
  callMinutes: v.optional(v.picklist(CALL_MINUTES)),
});

/** A number within its SETTING_RANGES range. */
export function setting(name: keyof typeof SETTING_RANGES) {
  const { min, max, whole } = SETTING_RANGES[name];
  const inRange = v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
  return whole ? v.pipe(inRange, v.integer()) : inRange;
}

export const SettingsSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  me: MyProfileSchema,
  followUps: v.object({
    thankYouHours: setting('thankYouHours'),
    replyNudgeDays: setting('replyNudgeDays'),
    maxReplyNudges: setting('maxReplyNudges'),
    keepPostedWeeks: setting('keepPostedWeeks'),
    checkInDays: setting('checkInDays'),
  }),
  notifications: v.object({
    enabled: v.boolean(),
    quietHours: v.object({
      enabled: v.boolean(),
      start: v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/)),
      end: v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/)),
    }),
  }),
  questionBank: list(text(L.title), L.questionBank),
});

export const FollowUpSchema = v.object({
  id: text(L.followUpId),
  contactUrl: httpUrl,
  kind: v.picklist(FOLLOW_UP_KINDS),
  dueAt: dueTime,
  overdueAt: v.optional(dueTime),
  title: optText(L.title),
  status: v.picklist(FOLLOW_UP_STATUSES),
  snoozedUntil: v.optional(dueTime),
});

export const QuestionArrangementSchema = v.object({
  pinned: list(text(L.questionId), 200),
  edited: v.record(text(L.questionId), text(L.question)),
  order: list(text(L.questionId), 500),
  added: list(v.object({ id: text(L.questionId), text: text(L.question) }), 200),
  hidden: list(text(L.questionId), 500),
});

export const ContactPrepSchema = v.object({
  questions: v.optional(QuestionArrangementSchema),
  draft: v.optional(
    v.object({
      templateId: text(L.recordId),
      subject: text(L.title),
      body: text(L.templateBody),
      updatedAt: time,
    }),
  ),
  linkedIn: v.optional(
    v.object({ note: text(L.templateBody), message: text(L.templateBody), updatedAt: time }),
  ),
});

export const StageSchema = v.picklist(STAGES);
export const PersonRefSchema = v.object({ name: text(L.name), url: v.optional(httpUrl) });

export const ContactSchema = v.object({
  url: httpUrl,
  name: text(L.name),
  profile: ProfileSnapshotSchema,
  lastReport: v.optional(CaptureReportSchema),
  firstSavedAt: time,
  capturedAt: time,
  updatedAt: time,
  stage: StageSchema,
  nextDueAt: v.optional(dueTime),
  followUps: list(FollowUpSchema, L.followUpsPerContact),
  prep: v.optional(ContactPrepSchema),
  tags: list(text(L.tag), L.tags),
  email: optText(L.email),
  referredBy: v.optional(PersonRefSchema),
  checkInDays: v.optional(setting('checkInDays')),
  sameAs: v.optional(httpUrl),
  jobChanges: list(
    v.object({
      at: time,
      from: v.optional(v.object({ title: optText(L.shortText), company: optText(L.shortText) })),
      to: v.object({ title: optText(L.shortText), company: optText(L.shortText) }),
    }),
    L.jobChanges,
  ),
});

export const SnapshotRecordSchema = v.object({
  id: v.optional(v.pipe(v.number(), v.integer())),
  contactUrl: httpUrl,
  capturedAt: time,
  profile: ProfileSnapshotSchema,
  changes: list(text(L.changeText), L.changesPerSnapshot),
});

export const MeetingSchema = v.object({
  startsAt: time,
  minutes: v.pipe(v.number(), v.minValue(1), v.maxValue(24 * 60)),
  where: optText(L.sectionNote),
});

export const InteractionSchema = v.object({
  id: text(L.recordId),
  contactUrl: httpUrl,
  kind: v.picklist(INTERACTION_KINDS),
  at: time,
  note: optText(L.note),
  meeting: v.optional(MeetingSchema),
  scheduledId: optText(L.recordId),
  referral: v.optional(v.object({ ...PersonRefSchema.entries, company: optText(L.shortText) })),
  advice: v.optional(list(text(L.question), L.advicePerMeeting)),
  points: v.optional(list(text(L.question), L.pointsPerMeeting)),
});

export const FollowUpRecordSchema = v.object({
  id: text(L.followUpId),
  contactUrl: httpUrl,
  kind: v.picklist(FOLLOW_UP_KINDS),
  status: v.picklist(FOLLOW_UP_STATUSES),
  snoozedUntil: v.optional(dueTime),
  dueAt: v.optional(dueTime),
  title: optText(L.title),
  advice: optText(L.question),
  updatedAt: time,
});

export const TemplateSchema = v.object({
  id: text(L.recordId),
  name: text(L.templateName),
  kind: v.picklist(TEMPLATE_KINDS),
  subject: text(L.title),
  body: text(L.templateBody),
  builtIn: v.boolean(),
  updatedAt: time,
});

const minutes = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60));

export const MeetingStateSchema = v.object({
  contactUrl: httpUrl,
  contactName: text(300),
  startedAt: time,
  minutes,
  sound: v.boolean(),
  agenda: list(
    v.object({
      id: text(200),
      text: text(2000),
      done: v.boolean(),
      note: text(20_000),
      marked: v.optional(v.boolean()),
    }),
    100,
  ),
  notes: text(20_000),
  captured: list(
    v.variant('kind', [
      v.object({
        id: text(100),
        kind: v.literal('advice'),
        text: text(2000),
        marked: v.optional(v.boolean()),
      }),
      v.object({ id: text(100), kind: v.literal('action'), text: text(1000), dueAt: v.optional(time) }),
      v.object({
        id: text(100),
        kind: v.literal('referral'),
        name: text(300),
        company: optText(300),
        url: v.optional(httpUrl),
      }),
    ]),
    200,
  ),
});
