import browser from 'webextension-polyfill';
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
 * Whether the browser (still) lets Rapport reach `url`. Without it sync stays off and nothing connects:
 * the user may have declined the prompt, or taken the permission back in the browser's settings.
 */
const mayReach = (url: string) => browser.permissions.contains({ origins: [syncOriginPattern(url)] });

const NOT_ALLOWED =
  'Rapport may no longer reach the sync server: stop syncing and turn it on again to allow it.';

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
  /** The saved server, if sync is on and may still reach it; otherwise nothing may connect. */
  const allowedUrl = async () => {
    const { enabled, url } = await service.status();
    return enabled && url && !syncAddressProblem(url) && (await mayReach(url)) ? url : undefined;
  };
  return {
    async status() {
      const status = await service.status();
      if (!status.enabled || (await allowedUrl())) return status;
      return { ...status, connection: 'off', error: NOT_ALLOWED };
    },
    async resume() {
      // Every worker start: the socket guard begins with nothing allowed.
      const url = await allowedUrl();
      allowSocketsTo(url);
      if (!url) return;
      await service.resume();
      // Alarms may not outlive a browser restart or an update: while sync is on, keep the wake-up set.
      if (!(await browser.alarms.get(SYNC_WAKE_ALARM)))
        await browser.alarms.create(SYNC_WAKE_ALARM, { periodInMinutes: 1 });
    },
    async syncNow() {
      if ((await service.status()).enabled && !(await allowedUrl())) throw new Error(NOT_ALLOWED);
      return service.syncNow();
    },
    compact: service.compact,
    async enable(url, token) {
      const problem = syncAddressProblem(url);
      if (problem) throw new Error(problem);
      // The options page asks for this permission when the user turns sync on; without it, no socket.
      if (!(await mayReach(url)))
        throw new Error(`Rapport may not reach ${new URL(url).host}: allow it when the browser asks.`);
      await browser.alarms.create(SYNC_WAKE_ALARM, { periodInMinutes: 1 });
      allowSocketsTo(url);
      return service.enable(url, token);
    },
    async stop() {
      await browser.alarms.clear(SYNC_WAKE_ALARM);
      const { url } = await service.status();
      const status = await service.stop();
      allowSocketsTo(undefined);
      if (url) await browser.permissions.remove({ origins: [syncOriginPattern(url)] }).catch(() => false);
      return status;
    },
  };
}
