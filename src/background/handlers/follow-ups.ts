import { actOnFollowUp, listActionItems, saveActionItem } from '../../db/follow-up-actions';
import { listDue } from '../../db/follow-up-store';
import {
  deleteInteraction,
  listInteractions,
  listJournal,
  logInteraction,
  updateInteraction,
} from '../../db/interactions';
import { listInterviews, listThemes } from '../../db/journal-themes';
import { loadSettings } from '../../db/settings';
import type { HandlerDeps, HandlerGroup } from './deps';

type FollowUpMessages =
  | 'ui:logInteraction'
  | 'ui:updateInteraction'
  | 'ui:deleteInteraction'
  | 'ui:listInteractions'
  | 'ui:listActionItems'
  | 'ui:listJournal'
  | 'ui:listThemes'
  | 'ui:listInterviews'
  | 'ui:listDue'
  | 'ui:actOnFollowUp'
  | 'ui:saveActionItem';

export function followUpHandlers({ db, now }: HandlerDeps): HandlerGroup<FollowUpMessages> {
  const rules = async () => (await loadSettings(db)).followUps;
  return {
    'ui:logInteraction': async (input) => logInteraction(db, input, await rules(), now()),
    'ui:updateInteraction': async ({ interaction }) =>
      updateInteraction(db, interaction, await rules(), now()),
    'ui:deleteInteraction': async ({ id }) => deleteInteraction(db, id, await rules(), now()),
    'ui:listInteractions': ({ contactUrl }) => listInteractions(db, contactUrl),
    'ui:listActionItems': ({ contactUrl }) => listActionItems(db, contactUrl),
    'ui:listJournal': (query) => listJournal(db, query),
    'ui:listThemes': () => listThemes(db),
    'ui:listInterviews': () => listInterviews(db),
    'ui:listDue': () => listDue(db, now()),
    'ui:actOnFollowUp': async (action) => actOnFollowUp(db, action, await rules(), now()),
    'ui:saveActionItem': async (input) => saveActionItem(db, input, await rules(), now()),
  };
}
