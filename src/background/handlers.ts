import { getContactView, listRecentContacts } from '../db/contacts';
import type { RapportDb } from '../db/database';
import { deleteAllData, exportDatabase, importDatabase } from '../db/export';
import { saveCapture } from '../db/save-capture';
import { loadSettings, saveSettings } from '../db/settings';
import type { MessageData } from '../shared/protocol';
import type { Handlers } from './router';

export interface HandlerDeps {
  db: RapportDb;
  now: () => number;
  /** Reads the profile open in a tab (through its content script). */
  readTab: (tabId: number) => Promise<MessageData<'capture:saveProfile'>>;
  /** Told after anything that changes what is due, so the badge and alarms follow. */
  onDataChanged?: () => Promise<void> | void;
}

/** The background's answer to every message; storage and the clock are injected so tests need no browser. */
export function createHandlers({ db, now, readTab, onDataChanged }: HandlerDeps): Handlers {
  const changed = async () => {
    await onDataChanged?.();
  };
  return {
    'capture:saveProfile': async ({ profile, report, pageUrl }) => {
      const result = await saveCapture(db, { profile, report, pageUrl, now: now() });
      await changed();
      return result;
    },
    'ui:captureTab': async ({ tabId }) => {
      const result = await saveCapture(db, { ...(await readTab(tabId)), now: now() });
      await changed();
      return result;
    },
    'ui:getContact': ({ url }) => getContactView(db, url),
    'ui:listContacts': ({ limit }) => listRecentContacts(db, limit),
    'ui:getSettings': () => loadSettings(db),
    'ui:saveSettings': async ({ settings }) => {
      const saved = await saveSettings(db, settings);
      await changed();
      return saved;
    },
    'ui:exportData': () => exportDatabase(db, new Date(now())),
    'ui:importData': async ({ file }) => {
      const summary = await importDatabase(db, file);
      await changed();
      return summary;
    },
    'ui:deleteAllData': async () => {
      const result = await deleteAllData(db);
      await changed();
      return result;
    },
  };
}
