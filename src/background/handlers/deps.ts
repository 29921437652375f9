import type { RapportDb } from '../../db/database';
import type { MessageData, PageTab } from '../../shared/protocol';
import type { Template } from '../../shared/template';
import type { ReceiptStore } from '../capture-receipts';
import type { PopupHandOff } from '../popup-hand-off';
import type { Handlers } from '../router';
import type { BackgroundSync } from '../sync';

export interface HandlerDeps {
  db: RapportDb;
  now: () => number;
  /** Reads the profile open in a tab (through its content script). */
  readTab: (tabId: number) => Promise<MessageData<'capture:saveProfile'>>;
  /** Finds the page the popup is about (see page-tab.ts). */
  /** The page a popup is about: the tab it named, or else the one the background finds. */
  findPageTab: (popupInTab: boolean, tabId?: number) => Promise<PageTab | undefined>;
  /** What a context-menu item asked the popup to show (popup-hand-off.ts). */
  popupHandOff: PopupHandOff;
  /** The templates Rapport ships. */
  shippedTemplates: readonly Template[];
  /** Told after anything that changes what is due, so the badge, alarms and notifications follow. */
  onDataChanged?: () => Promise<void> | void;
  /** Where stored captures leave their receipts, so a retried capture is stored once (session storage). */
  receipts?: ReceiptStore;
  /** Sync with the user's own server; absent where it cannot run (tests without a browser). */
  sync?: Pick<BackgroundSync, 'status' | 'enable' | 'syncNow' | 'stop' | 'compact'>;
}

/** A slice of the handlers, for one feature. */
export type HandlerGroup<K extends keyof Handlers> = Pick<Handlers, K>;
