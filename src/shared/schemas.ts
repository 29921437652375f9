import * as v from 'valibot';
import { FOLLOW_UP_KINDS, INTERACTION_KINDS } from './interaction';
import { PAGE_KINDS, PROFILE_SECTIONS } from './profile';
import { TEMPLATE_KINDS } from './template';

// Captured text is untrusted: every string has a ceiling, so a hostile page cannot fill the disk.
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const optText = (max: number) => v.optional(text(max));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));
const partialDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2})?$/));
const endDate = v.union([partialDate, v.literal('present')]);
export const time = v.pipe(v.number(), v.finite(), v.minValue(0));
export const httpUrl = v.pipe(v.string(), v.maxLength(2048), v.url(), v.regex(/^https?:\/\//));

export const PositionSchema = v.object({
  title: text(300),
  company: text(300),
  location: optText(300),
  start: v.optional(partialDate),
  end: v.optional(endDate),
  description: optText(10_000),
  companyUrl: v.optional(httpUrl),
});

export const EducationSchema = v.object({
  school: text(300),
  degree: optText(300),
  field: optText(300),
  start: v.optional(partialDate),
  end: v.optional(endDate),
  schoolUrl: v.optional(httpUrl),
});

const profileBody = {
  name: text(300),
  headline: optText(1000),
  location: optText(300),
  about: optText(10_000),
  experience: list(PositionSchema, 200),
  education: list(EducationSchema, 100),
  skills: list(text(200), 500),
  languages: list(text(200), 100),
  volunteering: list(v.object({ role: optText(300), organization: text(300), cause: optText(300) }), 100),
  certifications: list(v.object({ name: text(500), issuer: optText(500) }), 300),
};

export const ProfileSnapshotSchema = v.object({ url: httpUrl, ...profileBody });

const sectionStatus = v.picklist(['read', 'empty', 'unreadable', 'absent']);
const sectionName = v.picklist(PROFILE_SECTIONS);

export const CaptureReportSchema = v.object({
  layout: text(100),
  page: v.optional(v.picklist(PAGE_KINDS)),
  sections: v.record(
    sectionName,
    v.object({ status: sectionStatus, count: v.optional(v.number()), note: optText(500) }),
  ),
});

export const MyProfileSchema = v.object({
  ...profileBody,
  url: v.optional(httpUrl),
  email: optText(300),
  situation: text(1000),
  targetField: text(300),
  targetRole: text(300),
  obstacles: list(text(500), 50),
  signature: text(2000),
});

export const SettingsSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  me: MyProfileSchema,
  followUps: v.object({
    thankYouHours: v.pipe(v.number(), v.minValue(1), v.maxValue(24 * 14)),
    replyNudgeDays: v.pipe(v.number(), v.minValue(1), v.maxValue(365)),
    maxReplyNudges: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
    keepPostedWeeks: v.pipe(v.number(), v.minValue(1), v.maxValue(104)),
    checkInDays: v.pipe(v.number(), v.minValue(1), v.maxValue(3650)),
  }),
  notifications: v.object({
    enabled: v.boolean(),
    quietHours: v.object({
      enabled: v.boolean(),
      start: v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/)),
      end: v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/)),
    }),
  }),
  questionBank: list(text(1000), 500),
});

export const FollowUpSchema = v.object({
  id: text(500),
  contactUrl: httpUrl,
  kind: v.picklist(FOLLOW_UP_KINDS),
  dueAt: time,
  overdueAt: v.optional(time),
  title: optText(1000),
  status: v.picklist(['open', 'done', 'dismissed']),
  snoozedUntil: v.optional(time),
});

export const QuestionArrangementSchema = v.object({
  pinned: list(text(200), 200),
  edited: v.record(text(200), text(2000)),
  order: list(text(200), 500),
  added: list(v.object({ id: text(200), text: text(2000) }), 200),
  hidden: list(text(200), 500),
});

export const ContactPrepSchema = v.object({
  questions: v.optional(QuestionArrangementSchema),
  draft: v.optional(
    v.object({ templateId: text(100), subject: text(1000), body: text(20_000), updatedAt: time }),
  ),
});

export const StageSchema = v.picklist(['to-contact', 'asked', 'scheduled', 'met', 'thanked', 'in-touch']);
export const PersonRefSchema = v.object({ name: text(300), url: v.optional(httpUrl) });

export const ContactSchema = v.object({
  url: httpUrl,
  name: text(300),
  profile: ProfileSnapshotSchema,
  lastReport: v.optional(CaptureReportSchema),
  firstSavedAt: time,
  capturedAt: time,
  updatedAt: time,
  stage: StageSchema,
  nextDueAt: v.optional(time),
  followUps: list(FollowUpSchema, 1000),
  prep: v.optional(ContactPrepSchema),
  tags: list(text(100), 100),
  email: optText(300),
  referredBy: v.optional(PersonRefSchema),
  checkInDays: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(3650))),
  jobChanges: list(
    v.object({
      at: time,
      from: v.optional(v.object({ title: optText(300), company: optText(300) })),
      to: v.object({ title: optText(300), company: optText(300) }),
    }),
    1000,
  ),
});

export const SnapshotRecordSchema = v.object({
  id: v.optional(v.pipe(v.number(), v.integer())),
  contactUrl: httpUrl,
  capturedAt: time,
  profile: ProfileSnapshotSchema,
  changes: list(text(1000), 1000),
});

export const MeetingSchema = v.object({
  startsAt: time,
  minutes: v.pipe(v.number(), v.minValue(1), v.maxValue(24 * 60)),
  where: optText(500),
});

export const InteractionSchema = v.object({
  id: text(100),
  contactUrl: httpUrl,
  kind: v.picklist(INTERACTION_KINDS),
  at: time,
  note: optText(20_000),
  meeting: v.optional(MeetingSchema),
  scheduledId: optText(100),
  referral: v.optional(PersonRefSchema),
});

export const FollowUpRecordSchema = v.object({
  id: text(500),
  contactUrl: httpUrl,
  kind: v.picklist(FOLLOW_UP_KINDS),
  status: v.picklist(['open', 'done', 'dismissed']),
  snoozedUntil: v.optional(time),
  dueAt: v.optional(time),
  title: optText(1000),
  updatedAt: time,
});

export const TemplateSchema = v.object({
  id: text(100),
  name: text(200),
  kind: v.picklist(TEMPLATE_KINDS),
  subject: text(1000),
  body: text(20_000),
  builtIn: v.boolean(),
  updatedAt: time,
});
