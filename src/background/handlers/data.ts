import { deleteAllData, exportDatabase, importDatabase } from '../../db/export';
import { refreshAllContacts } from '../../db/follow-up-store';
import {
  cancelStagedImport,
  commitStagedImport,
  previewStagedImport,
  stageImportPart,
} from '../../db/import-staging';
import { loadSettings, saveSettings } from '../../db/settings';
import { deleteTemplate, listTemplates, saveTemplate } from '../../db/templates';
import { sameData } from '../../shared/same-data';
import type { HandlerDeps, HandlerGroup } from './deps';

type DataMessages =
  | 'ui:getSettings'
  | 'ui:saveSettings'
  | 'ui:exportData'
  | 'ui:importData'
  | 'ui:importPart'
  | 'ui:previewImport'
  | 'ui:commitImport'
  | 'ui:cancelImport'
  | 'ui:deleteAllData'
  | 'ui:listTemplates'
  | 'ui:saveTemplate'
  | 'ui:deleteTemplate';

export function dataHandlers({ db, now, shippedTemplates }: HandlerDeps): HandlerGroup<DataMessages> {
  return {
    'ui:getSettings': () => loadSettings(db),
    'ui:saveSettings': async ({ settings }) => {
      const before = await loadSettings(db);
      const saved = await saveSettings(db, settings);
      // New follow-up numbers move every due date: recompute what each contact owes.
      if (!sameData(before.followUps, saved.followUps)) {
        await refreshAllContacts(db, saved.followUps, now());
      }
      return saved;
    },
    'ui:exportData': () => exportDatabase(db, new Date(now())),
    // Follow-ups are recomputed inside the import's own transaction (see writeImport).
    'ui:importData': async ({ file, mode, importId }) =>
      importDatabase(db, file, {
        now: now(),
        ...(mode ? { mode } : {}),
        ...(importId ? { importId } : {}),
      }),
    'ui:importPart': (part) => stageImportPart(db, part, now()),
    'ui:previewImport': ({ importId }) => previewStagedImport(db, importId),
    'ui:commitImport': ({ importId, mode }) => commitStagedImport(db, importId, mode, now()),
    'ui:cancelImport': ({ importId }) => cancelStagedImport(db, importId),
    'ui:deleteAllData': async () => deleteAllData(db),
    'ui:listTemplates': () => listTemplates(db, shippedTemplates),
    'ui:saveTemplate': async ({ template }) => saveTemplate(db, template, shippedTemplates, now()),
    'ui:deleteTemplate': async ({ id }) => deleteTemplate(db, id),
  };
}
