import type { Contact, ContactPrep } from './contact';
import type { FollowUp, FollowUpRecord, Interaction } from './interaction';
import type { CaptureReport, ProfileSnapshot } from './profile';
import type { Settings } from './settings';
import type { Template } from './template';

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
  /** Reads the profile open in a tab without saving it ("This is me" fills My profile from it). */
  'ui:readTab'(data: { tabId: number }): { profile: ProfileSnapshot; report: CaptureReport };
  'ui:getContact'(data: { url: string }): ContactView | null;
  /** Contacts, most recently changed first; `query` matches name, headline or company, `stage` filters. */
  'ui:listContacts'(data: {
    limit: number;
    offset?: number;
    query?: string;
    stage?: Contact['stage'];
  }): ContactSummary[];
  'ui:updateContact'(data: { url: string; patch: ContactPatch }): Contact;
  'ui:deleteContact'(data: { url: string }): { deleted: true };
  'ui:logInteraction'(data: NewInteraction): Interaction;
  'ui:updateInteraction'(data: { interaction: Interaction }): Interaction;
  'ui:deleteInteraction'(data: { id: string }): { deleted: true };
  /** One contact's interactions, newest first. */
  'ui:listInteractions'(data: { contactUrl: string }): Interaction[];
  /** Notes from every conversation, newest first: the journal of advice. */
  'ui:listJournal'(data: { limit: number; offset?: number; query?: string }): JournalEntry[];
  /** Everything due by the end of today, overdue first. */
  'ui:listDue'(data: Record<string, never>): DueItem[];
  'ui:actOnFollowUp'(data: FollowUpAction): { contactUrl: string };
  'ui:saveActionItem'(data: {
    contactUrl: string;
    title: string;
    dueAt: number;
    id?: string;
  }): FollowUpRecord;
  /**
   * Everything the popup shows first, in one trip: the person on `pageUrl` (or the one a context menu
   * opened it for), recent contacts and the settings.
   */
  'ui:getPopupState'(data: { popupInTab: boolean; recentLimit: number }): PopupState;
  /** The user's templates, with the built-in ones they have not changed. */
  'ui:listTemplates'(data: Record<string, never>): Template[];
  'ui:saveTemplate'(data: { template: Template }): Template;
  /** Deletes a custom template; for a built-in one, restores the shipped text. */
  'ui:deleteTemplate'(data: { id: string }): { deleted: true };
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

export interface ContactPatch {
  email?: string | null;
  tags?: string[];
  checkInDays?: number | null;
  referredBy?: { name: string; url?: string } | null;
  prep?: ContactPrep;
}

/** An interaction to log: the background gives it its id. */
export type NewInteraction = Omit<Interaction, 'id'>;

export interface PageTab {
  id: number;
  /** Empty when Rapport may not see the tab's address (any site but LinkedIn). */
  url: string;
}

export interface PopupState {
  /** The page the popup is about. */
  tab?: PageTab;
  /** The person the popup is about: the one a context menu named, else the profile on the page. */
  profileUrl?: string;
  view: ContactView | null;
  recent: ContactSummary[];
  settings: Settings;
  intent: PopupIntent | null;
}

export interface PopupIntent {
  view: 'draft';
  contactUrl: string;
}

export interface JournalEntry {
  interaction: Interaction;
  contactName: string;
}

export interface DueItem {
  followUp: FollowUp;
  contactName: string;
  overdue: boolean;
}

export type FollowUpAction =
  | { id: string; contactUrl: string; action: 'done' | 'dismiss' | 'reopen' }
  | { id: string; contactUrl: string; action: 'snooze'; until: number };

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
  /** With a search: the field that matched best ("employers", "notes" …) and what it says there. */
  match?: { field: string; text: string };
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
