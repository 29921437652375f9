import browser from 'webextension-polyfill';
import { SYNC_RULE_IDS, syncNetworkRules } from '../core/sync/network-rules';
import type { RapportDb } from '../db/database';
import { createSyncEngine } from '../db/sync/sync-engine';
import { createSyncService } from '../db/sync/sync-service';
import { openSyncStore } from '../db/sync/sync-store';
import { type SyncStatus, syncAddressProblem, syncOriginPattern } from '../shared/sync';
import { allowSocketsTo } from './socket-guard';

/**
 * Wakes a stopped worker once a minute while sync is on, so it reconnects; while connected, the
 * connection's own keep-alive (under 30 s) keeps the worker running.
 */
export const SYNC_WAKE_ALARM = 'sync-wake';

/**
 * Lets the extension's own requests reach the saved server and nothing else (none with sync off): the
 * worker's socket guard, and declarativeNetRequest rules for Rapport's pages. Replaces what the rules'
 * ids held, so every worker start may call it again.
 */
async function narrowNetworkTo(serverUrl: string | undefined): Promise<void> {
  allowSocketsTo(serverUrl);
  const dnr = (browser as { declarativeNetRequest?: typeof browser.declarativeNetRequest })
    .declarativeNetRequest;
  if (!dnr) return;
  const extensionHost = new URL(browser.runtime.getURL('/')).hostname;
  await dnr.updateDynamicRules({
    removeRuleIds: [...SYNC_RULE_IDS],
    addRules: syncNetworkRules(extensionHost, serverUrl) as Parameters<
      typeof dnr.updateDynamicRules
    >[0]['addRules'],
  });
}

export interface BackgroundSync {
  status(): Promise<SyncStatus>;
  enable(url: string, token: string): Promise<SyncStatus>;
  syncNow(): Promise<SyncStatus>;
  stop(): Promise<SyncStatus>;
  /** How many deleted records it folded away. */
  compact(): Promise<number>;
  resume(): Promise<void>;
}

/**
 * Sync in the service worker. Must be called right after the database is created and before it is
 * first used: the engine adds the middleware that sees every local write. With sync off it opens no
 * socket and sends nothing.
 */
export function createBackgroundSync(db: RapportDb, onRemoteApplied: () => Promise<void>): BackgroundSync {
  const store = openSyncStore();
  const engine = createSyncEngine({
    db,
    store,
    now: Date.now,
    onRemoteApplied: async (counts) => {
      await service.noteChanges('elsewhere', counts);
      await onRemoteApplied();
    },
    onLocalChanges: (counts) => void service.noteChanges('here', counts),
  });
  const service = createSyncService({ engine, store, now: Date.now });
  return {
    status: service.status,
    async resume() {
      await narrowNetworkTo((await service.status()).url);
      await service.resume();
      // Alarms may not outlive a browser restart or an update: while sync is on, keep the wake-up set.
      if ((await service.status()).enabled && !(await browser.alarms.get(SYNC_WAKE_ALARM)))
        await browser.alarms.create(SYNC_WAKE_ALARM, { periodInMinutes: 1 });
    },
    syncNow: () => service.syncNow(),
    compact: service.compact,
    async enable(url, token) {
      const problem = syncAddressProblem(url);
      if (problem) throw new Error(problem);
      // The options page asks for this permission when the user turns sync on; without it, no socket.
      if (!(await browser.permissions.contains({ origins: [syncOriginPattern(url)] })))
        throw new Error(`Rapport may not reach ${new URL(url).host}: allow it when the browser asks.`);
      await browser.alarms.create(SYNC_WAKE_ALARM, { periodInMinutes: 1 });
      await narrowNetworkTo(url);
      return service.enable(url, token);
    },
    async stop() {
      await browser.alarms.clear(SYNC_WAKE_ALARM);
      const { url } = await service.status();
      const status = await service.stop();
      await narrowNetworkTo(undefined);
      if (url) await browser.permissions.remove({ origins: [syncOriginPattern(url)] }).catch(() => false);
      return status;
    },
  };
}
