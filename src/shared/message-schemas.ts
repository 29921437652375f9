import * as v from 'valibot';
import type { MessageType } from './protocol';
import { CaptureReportSchema, ProfileSnapshotSchema, SettingsSchema } from './schemas';

// Kept apart from protocol.ts so the content script, which only sends, does not carry the validator.
const empty = v.strictObject({});

/** What each message's data must look like; the background checks every message against it. */
export const MESSAGE_SCHEMAS = {
  'capture:saveProfile': v.object({
    profile: ProfileSnapshotSchema,
    report: CaptureReportSchema,
    pageUrl: v.pipe(v.string(), v.maxLength(4096)),
  }),
  'ui:captureTab': v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  'ui:getContact': v.object({ url: v.pipe(v.string(), v.maxLength(2048)) }),
  'ui:listContacts': v.object({ limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)) }),
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
