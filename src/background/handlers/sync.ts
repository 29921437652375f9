import type { HandlerDeps, HandlerGroup } from './deps';

type SyncMessages = 'ui:getSyncStatus' | 'ui:enableSync' | 'ui:syncNow' | 'ui:stopSync' | 'ui:compactSync';

const OFF = { enabled: false, connection: 'off', changes: [] } as const;

export function syncHandlers({ sync }: HandlerDeps): HandlerGroup<SyncMessages> {
  const needSync = () => {
    if (!sync) throw new Error('Sync is not available in this browser.');
    return sync;
  };
  return {
    'ui:getSyncStatus': async () => (sync ? sync.status() : { ...OFF, changes: [] }),
    'ui:enableSync': ({ url, token }) => needSync().enable(url, token),
    'ui:syncNow': () => needSync().syncNow(),
    'ui:stopSync': () => needSync().stop(),
    'ui:compactSync': async () => ({ removed: await needSync().compact() }),
  };
}
