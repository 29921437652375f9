import * as v from 'valibot';
import { LIMITS } from './limits';
import type { MessageType } from './protocol';
import {
  CaptureReportSchema,
  ContactPrepSchema,
  httpUrl,
  InteractionSchema,
  MeetingStateSchema,
  optText,
  PersonRefSchema,
  ProfileSnapshotSchema,
  SettingsSchema,
  StageSchema,
  setting,
  TemplateSchema,
  text,
  time,
} from './schemas';

// Kept apart from protocol.ts so the content script, which only sends, does not carry the validator.
const empty = v.strictObject({});
const tabId = v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });
const url = v.object({ url: v.pipe(v.string(), v.maxLength(LIMITS.url)) });
const importMode = v.picklist(['replace', 'merge']);
const importId = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/));

/** What each message's data must look like; the background checks every message against it. */
export const MESSAGE_SCHEMAS = {
  'capture:saveProfile': v.object({
    profile: ProfileSnapshotSchema,
    report: CaptureReportSchema,
    pageUrl: v.pipe(v.string(), v.maxLength(LIMITS.pageUrl)),
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
      checkInDays: v.optional(v.nullable(setting('checkInDays'))),
      referredBy: v.optional(v.nullable(PersonRefSchema)),
      prep: v.optional(ContactPrepSchema),
    }),
  }),
  'ui:deleteContact': v.object({ url: httpUrl }),
  'ui:listReferredBy': v.object({ url: httpUrl }),
  'ui:moveToStage': v.strictObject({ url: httpUrl, stage: StageSchema }),
  'ui:mergeSource': v.object({ url: httpUrl }),
  'ui:unlinkSource': v.object({ url: httpUrl }),
  'ui:listOtherSources': v.object({ url: httpUrl }),
  'ui:addContact': v.object({ url: httpUrl, name: text(300), referredBy: v.optional(PersonRefSchema) }),
  'ui:logInteraction': v.omit(InteractionSchema, ['id']),
  'ui:updateInteraction': v.object({ interaction: InteractionSchema }),
  'ui:deleteInteraction': v.object({ id: text(100) }),
  'ui:listInteractions': v.object({ contactUrl: httpUrl }),
  'ui:listActionItems': v.object({ contactUrl: httpUrl }),
  'ui:listJournal': v.object({
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    query: optText(200),
  }),
  'ui:listThemes': empty,
  'ui:listInterviews': empty,
  'ui:listDue': empty,
  'ui:listUpcoming': v.strictObject({ days: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(60)) }),
  'ui:actOnFollowUp': v.variant('action', [
    v.object({ id: text(500), contactUrl: httpUrl, action: v.picklist(['done', 'dismiss', 'reopen']) }),
    v.object({ id: text(500), contactUrl: httpUrl, action: v.literal('snooze'), until: time }),
  ]),
  'ui:saveActionItem': v.object({
    contactUrl: httpUrl,
    title: text(1000),
    dueAt: time,
    id: v.optional(text(500)),
    advice: optText(2000),
  }),
  'ui:getPopupState': v.object({
    popupInTab: v.boolean(),
    recentLimit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
    tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  'ui:listTemplates': empty,
  'ui:saveTemplate': v.object({ template: TemplateSchema }),
  'ui:deleteTemplate': v.object({ id: text(100) }),
  'ui:getSettings': empty,
  'ui:saveSettings': v.object({ settings: SettingsSchema }),
  'ui:exportData': empty,
  'ui:exportContacts': v.strictObject({ format: v.picklist(['csv', 'vcard']) }),
  'ui:importConnections': v.strictObject({
    connections: v.pipe(
      v.array(
        v.strictObject({
          url: httpUrl,
          name: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
          email: optText(300),
          company: optText(300),
          position: optText(300),
          connectedOn: optText(100),
        }),
      ),
      v.maxLength(50_000),
    ),
  }),
  // The file is checked in full by the importer, which knows every format version.
  'ui:importData': v.object({
    file: v.unknown(),
    mode: v.optional(importMode),
    importId: v.optional(importId),
  }),
  'ui:importPart': v.object({
    importId,
    part: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999_999)),
    table: v.picklist(['header', 'contacts', 'snapshots', 'interactions', 'followUps', 'templates', 'meta']),
    rows: v.array(v.unknown()),
  }),
  'ui:previewImport': v.object({ importId }),
  'ui:commitImport': v.object({ importId, mode: importMode }),
  'ui:cancelImport': v.object({ importId }),
  'ui:getMeeting': empty,
  'ui:startMeeting': v.object({
    contactUrl: httpUrl,
    minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60)),
    agenda: v.pipe(v.array(v.object({ id: text(200), text: text(2000) })), v.maxLength(100)),
    sound: v.optional(v.boolean()),
  }),
  'ui:saveMeeting': v.object({ meeting: MeetingStateSchema }),
  'ui:endMeeting': empty,
  'ui:discardMeeting': empty,
  // A fixed phrase, so no stray or half-built message can erase the user's data.
  'ui:deleteAllData': v.object({ confirm: v.literal('delete everything') }),
  'ui:getSyncStatus': empty,
  'ui:enableSync': v.object({
    url: v.pipe(v.string(), v.maxLength(2048), v.regex(/^wss?:\/\//, 'a ws:// or wss:// address')),
    token: v.pipe(v.string(), v.minLength(8, 'a secret of at least 8 characters'), v.maxLength(1000)),
  }),
  'ui:syncNow': empty,
  'ui:stopSync': empty,
  'ui:compactSync': empty,
} satisfies { [T in MessageType]: v.GenericSchema };

export const EnvelopeSchema = v.object({
  type: v.picklist(Object.keys(MESSAGE_SCHEMAS) as MessageType[]),
  data: v.unknown(),
});
