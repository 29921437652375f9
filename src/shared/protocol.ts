import type { Contact } from './contact';
import type { CaptureReport, ProfileSnapshot } from './profile';
import type { Settings } from './settings';

/**
 * Every message in Rapport goes to the background, which is the only writer.
 * The prefix says who sends it: `capture:` from the content script on a profile page,
 * `ui:` from Rapport's own pages (popup, options).
 */
export interface ProtocolMap {
  'capture:saveProfile'(data: {
    profile: ProfileSnapshot;
    report: CaptureReport;
    pageUrl: string;
  }): SaveProfileResult;
  /** Reads the profile open in a tab again and saves it (the popup's "Save" button). */
  'ui:captureTab'(data: { tabId: number }): SaveProfileResult;
  'ui:getContact'(data: { url: string }): ContactView | null;
  'ui:listContacts'(data: { limit: number }): ContactSummary[];
  'ui:getSettings'(data: Record<string, never>): Settings;
  'ui:saveSettings'(data: { settings: Settings }): Settings;
  'ui:exportData'(data: Record<string, never>): unknown;
  'ui:importData'(data: { file: unknown }): ImportSummary;
  /** Erases everything Rapport stores: contacts, history, settings. */
  'ui:deleteAllData'(data: { confirm: 'delete everything' }): { deleted: true };
}

export type MessageType = keyof ProtocolMap;
export type MessageData<T extends MessageType> = Parameters<ProtocolMap[T]>[0];
export type MessageResult<T extends MessageType> = ReturnType<ProtocolMap[T]>;

export interface SaveProfileResult {
  url: string;
  created: boolean;
  changes: string[];
}

export interface ContactSummary {
  url: string;
  name: string;
  headline?: string;
  stage: Contact['stage'];
  capturedAt: number;
  updatedAt: number;
  nextDueAt?: number;
}

export interface ContactView {
  contact: Contact;
  snapshotCount: number;
}

export interface ImportSummary {
  contacts: number;
  interactions: number;
  snapshots: number;
  followUps: number;
  templates: number;
}

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  data: MessageData<T>;
}

/** The one request the background sends to a content script: read the page now. */
export const READ_PROFILE_REQUEST = { type: 'background:readProfile' } as const;

export type Reply<R> = { ok: true; result: R } | { ok: false; error: string };
