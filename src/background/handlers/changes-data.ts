import type { MessageType } from '../../shared/protocol';

/**
 * Whether a message changes what is due (contacts, interactions, follow-ups, settings), so the badge,
 * alarms and notifications must follow. Every message is listed: a new one does not typecheck until it
 * is decided here. Templates and the popup's one-shot hand-off change nothing that is due.
 */
export const CHANGES_WHAT_IS_DUE: Readonly<Record<MessageType, boolean>> = {
  'capture:saveProfile': true,
  'ui:captureTab': true,
  'ui:readTab': false,
  'ui:getContact': false,
  'ui:listContacts': false,
  'ui:updateContact': true,
  'ui:deleteContact': true,
  'ui:logInteraction': true,
  'ui:updateInteraction': true,
  'ui:deleteInteraction': true,
  'ui:listInteractions': false,
  'ui:listJournal': false,
  'ui:listDue': false,
  'ui:actOnFollowUp': true,
  'ui:saveActionItem': true,
  'ui:getPopupState': false,
  'ui:listTemplates': false,
  'ui:saveTemplate': false,
  'ui:deleteTemplate': false,
  'ui:getSettings': false,
  'ui:saveSettings': true,
  'ui:exportData': false,
  'ui:importData': true,
  'ui:deleteAllData': true,
};
