import * as v from 'valibot';
import type { MessageType } from './protocol';
import {
  CaptureReportSchema,
  ContactPrepSchema,
  httpUrl,
  InteractionSchema,
  optText,
  PersonRefSchema,
  ProfileSnapshotSchema,
  SettingsSchema,
  StageSchema,
  TemplateSchema,
  text,
  time,
} from './schemas';

// Kept apart from protocol.ts so the content script, which only sends, does not carry the validator.
const empty = v.strictObject({});
const tabId = v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });
const url = v.object({ url: v.pipe(v.string(), v.maxLength(2048)) });

/** What each message's data must look like; the background checks every message against it. */
export const MESSAGE_SCHEMAS = {
  'capture:saveProfile': v.object({
    profile: ProfileSnapshotSchema,
    report: CaptureReportSchema,
    pageUrl: v.pipe(v.string(), v.maxLength(4096)),
  }),
  'ui:captureTab': tabId,
  'ui:readTab': tabId,
  'ui:getContact': url,
  'ui:listContacts': v.object({
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    query: optText(200),
    stage: v.optional(StageSchema),
  }),
  'ui:updateContact': v.object({
    url: httpUrl,
    patch: v.object({
      email: v.optional(v.nullable(text(300))),
      tags: v.optional(v.pipe(v.array(text(100)), v.maxLength(100))),
      checkInDays: v.optional(v.nullable(v.pipe(v.number(), v.minValue(1), v.maxValue(3650)))),
      referredBy: v.optional(v.nullable(PersonRefSchema)),
      prep: v.optional(ContactPrepSchema),
    }),
  }),
  'ui:deleteContact': v.object({ url: httpUrl }),
  'ui:logInteraction': v.omit(InteractionSchema, ['id']),
  'ui:updateInteraction': v.object({ interaction: InteractionSchema }),
  'ui:deleteInteraction': v.object({ id: text(100) }),
  'ui:listInteractions': v.object({ contactUrl: httpUrl }),
  'ui:listJournal': v.object({
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    query: optText(200),
  }),
  'ui:listDue': empty,
  'ui:actOnFollowUp': v.variant('action', [
    v.object({ id: text(500), contactUrl: httpUrl, action: v.picklist(['done', 'dismiss', 'reopen']) }),
    v.object({ id: text(500), contactUrl: httpUrl, action: v.literal('snooze'), until: time }),
  ]),
  'ui:saveActionItem': v.object({
    contactUrl: httpUrl,
    title: text(1000),
    dueAt: time,
    id: v.optional(text(500)),
  }),
  'ui:getPopupState': v.object({
    popupInTab: v.boolean(),
    recentLimit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
  }),
  'ui:listTemplates': empty,
  'ui:saveTemplate': v.object({ template: TemplateSchema }),
  'ui:deleteTemplate': v.object({ id: text(100) }),
  'ui:getSettings': empty,
  'ui:saveSettings': v.object({ settings: SettingsSchema }),
  'ui:exportData': empty,
  // The file is checked in full by the importer, which knows every format version.
  'ui:importData': v.object({ file: v.unknown() }),
  // A fixed phrase, so no stray or half-built message can erase the user's data.
  'ui:deleteAllData': v.object({ confirm: v.literal('delete everything') }),
} satisfies { [T in MessageType]: v.GenericSchema };

export const EnvelopeSchema = v.object({
  type: v.picklist(Object.keys(MESSAGE_SCHEMAS) as MessageType[]),
  data: v.unknown(),
});
