import type { Contact, ContactPrep } from './contact';
import type { FollowUp, FollowUpRecord, Interaction } from './interaction';
import type { InterviewRow } from './journal';
import type { MeetingState } from './meeting';
import type { CaptureReport, ProfileSnapshot } from './profile';
import type { Settings } from './settings';
import type { SyncStatus } from './sync';
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
  /** The people this contact suggested, as they are saved now (by name until their profile is seen). */
  'ui:listReferredBy'(data: { url: string }): ContactSummary[];
  'ui:deleteContact'(data: { url: string }): { deleted: true };
  /**
   * Moves a contact on to a later stage (the board) by logging what makes it true; `logged` are the new
   * interactions' ids, for undo. A move back is refused: the stage follows what happened.
   */
  'ui:moveToStage'(data: { url: string; stage: Contact['stage'] }): {
    stage: Contact['stage'];
    logged: string[];
  };
  /** Merges a person saved from another site into the LinkedIn contact they are linked to (sameAs). */
  'ui:mergeSource'(data: { url: string }): { url: string };
  /** The people saved from other sites whose page named this LinkedIn contact (`sameAs`), oldest first. */
  'ui:listOtherSources'(data: { url: string }): Contact[];
  /** Keeps a person saved from another site apart from the LinkedIn contact they named. */
  'ui:unlinkSource'(data: { url: string }): { url: string };
  /** Adds a person by hand or from a link (tests set people up with it; the menu writes directly). */
  'ui:addContact'(data: {
    url: string;
    name: string;
    referredBy?: { name: string; url?: string };
  }): SaveProfileResult;
  'ui:logInteraction'(data: NewInteraction): Interaction;
  'ui:updateInteraction'(data: { interaction: Interaction }): Interaction;
  'ui:deleteInteraction'(data: { id: string }): { deleted: true };
  /** One contact's action items, open and done, most recently changed first. */
  'ui:listActionItems'(data: { contactUrl: string }): FollowUpRecord[];
  /** One contact's interactions, newest first. */
  'ui:listInteractions'(data: { contactUrl: string }): Interaction[];
  /** Notes from every conversation, newest first: the journal of advice. */
  'ui:listJournal'(data: { limit: number; offset?: number; query?: string }): JournalEntry[];
  /** Every meeting held, oldest first, as the journal's table and its CSV show them. */
  'ui:listInterviews'(data: Record<string, never>): InterviewRow[];
  /** Advice at least two people gave, most people first: the journal's recurring themes. */
  'ui:listThemes'(data: Record<string, never>): JournalTheme[];
  /** Everything due by the end of today, overdue first. */
  'ui:listDue'(data: Record<string, never>): DueItem[];
  /** Everything open from overdue through the end of the local day `days` from today, overdue first. */
  'ui:listUpcoming'(data: { days: number }): DueItem[];
  'ui:actOnFollowUp'(data: FollowUpAction): { contactUrl: string };
  'ui:saveActionItem'(data: {
    contactUrl: string;
    title: string;
    dueAt: number;
    id?: string;
    /** The advice it acts on: the keep-posted email names it. */
    advice?: string;
  }): FollowUpRecord;
  /**
   * Everything the popup shows first, in one trip: the person on `pageUrl` (or the one a context menu
   * opened it for), recent contacts and the settings.
   */
  /** `tabId`: the page the popup found itself, from its own window; without it the background looks. */
  'ui:getPopupState'(data: { popupInTab: boolean; recentLimit: number; tabId?: number }): PopupState;
  /** The user's templates, with the built-in ones they have not changed. */
  'ui:listTemplates'(data: Record<string, never>): Template[];
  'ui:saveTemplate'(data: { template: Template }): Template;
  /** Deletes a custom template; for a built-in one, restores the shipped text. */
  'ui:deleteTemplate'(data: { id: string }): { deleted: true };
  'ui:getSettings'(data: Record<string, never>): Settings;
  'ui:saveSettings'(data: { settings: Settings }): Settings;
  'ui:exportData'(data: Record<string, never>): unknown;
  /** Every contact as a spreadsheet (CSV) or an address book file (vCard 4.0). */
  'ui:exportContacts'(data: { format: 'csv' | 'vcard' }): ContactsFile;
  /**
   * People from LinkedIn's Connections.csv, read by the options page, saved as people to reach out to.
   * Someone already saved keeps everything; only a missing email address is filled in.
   */
  'ui:importConnections'(data: { connections: ImportedConnection[] }): ConnectionsImported;
  /** Imports a whole file at once (small files); `importId` makes a retry return the first receipt. */
  'ui:importData'(data: { file: unknown; mode?: ImportMode; importId?: string }): ImportSummary;
  /**
   * A large file arrives in parts: its header (`table: 'header'`, one row) and its tables' rows, a few
   * thousand at a time, kept until the import is committed or cancelled.
   */
  'ui:importPart'(data: { importId: string; part: number; table: ImportPartTable; rows: unknown[] }): {
    stored: number;
  };
  /** What committing the staged file would change, per table, by replacing and by merging; writes nothing. */
  'ui:previewImport'(data: { importId: string }): Record<ImportMode, ImportPreview>;
  /** Writes the staged file in one transaction; asked again after a lost reply, returns the same receipt. */
  'ui:commitImport'(data: { importId: string; mode: ImportMode }): ImportSummary;
  'ui:cancelImport'(data: { importId: string }): { cancelled: true };
  /** The meeting under way, if any: what meeting mode shows after the popup opens again. */
  'ui:getMeeting'(data: Record<string, never>): MeetingState | null;
  /** Starts meeting mode with this person now; the one already running with them is returned as it is. */
  'ui:startMeeting'(data: {
    contactUrl: string;
    minutes: number;
    agenda: { id: string; text: string }[];
    sound?: boolean;
  }): MeetingState;
  /** Keeps what was ticked, typed and caught, as it happens. */
  'ui:saveMeeting'(data: { meeting: MeetingState }): MeetingState;
  /** Ends it: logs meeting-held with its length and notes, adds its action items and referrals. */
  'ui:endMeeting'(data: Record<string, never>): Interaction;
  'ui:discardMeeting'(data: Record<string, never>): { deleted: true };
  /** Erases everything Rapport stores: contacts, history, settings. */
  'ui:deleteAllData'(data: { confirm: 'delete everything' }): { deleted: true };
  /** Sync with a server the user runs (see README): off until enabled here. */
  'ui:getSyncStatus'(data: Record<string, never>): SyncStatus;
  /** Saves the server and secret and connects; the page has asked for the host permission first. */
  'ui:enableSync'(data: { url: string; token: string }): SyncStatus;
  'ui:syncNow'(data: Record<string, never>): SyncStatus;
  /** Disconnects and forgets the server and secret; every contact and note stays in this browser. */
  'ui:stopSync'(data: Record<string, never>): SyncStatus;
  /** Folds deleted records out of the shared doc, once every browser has seen the deletes. */
  'ui:compactSync'(data: Record<string, never>): { removed: number };
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

/** Advice that several people gave, in whatever words, and the pieces of advice behind it. */
export interface JournalTheme {
  /** Its key terms: "AWS certification". */
  label: string;
  /** Everyone who gave it, in the order they did. */
  people: { url: string; name: string }[];
  advice: { interactionId: string; contactUrl: string; contactName: string; text: string; at: number }[];
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

/** Replace: the file becomes the data. Merge: the newest edit of each record wins, nothing is deleted. */
export type ImportMode = 'replace' | 'merge';
export type ImportPartTable =
  | 'header'
  | 'contacts'
  | 'snapshots'
  | 'interactions'
  | 'followUps'
  | 'templates'
  | 'meta';
export type ImportPreview = Record<
  Exclude<ImportPartTable, 'header'>,
  { added: number; updated: number; kept: number; removed: number }
>;

/**
 * An export can be larger than any one message (64 MiB in Chrome), so Rapport's pages read it over a port
 * of this name: the background sends the record count, then the file's text in pieces, then `done`.
 */
export const EXPORT_PORT = 'rapport:export';
export type ExportPortMessage =
  | { kind: 'total'; records: number }
  | { kind: 'piece'; text: string; records: number }
  | { kind: 'done' }
  | { kind: 'error'; error: string };

export interface ImportSummary {
  contacts: number;
  interactions: number;
  snapshots: number;
  followUps: number;
  templates: number;
}

export interface ContactsFile {
  fileName: string;
  mediaType: string;
  text: string;
}

/** One row of LinkedIn's Connections.csv data export. */
export interface ImportedConnection {
  url: string;
  name: string;
  email?: string;
  company?: string;
  position?: string;
  /** As LinkedIn wrote it, e.g. "15 Mar 2023". */
  connectedOn?: string;
}

export interface ConnectionsImported {
  added: number;
  alreadySaved: number;
  /** Of those already saved, how many got the email address they were missing. */
  emailsAdded: number;
  /** Rows whose address is not a LinkedIn profile. */
  skipped: number;
}

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  data: MessageData<T>;
}

/** The one request the background sends to a content script: read the page now. */
export const READ_PROFILE_REQUEST = { type: 'background:readProfile' } as const;

export type Reply<R> = { ok: true; result: R } | { ok: false; error: string };
