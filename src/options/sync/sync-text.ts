import type { SyncChange, SyncStatus } from '../../shared/sync';

const KINDS: Record<string, [string, string]> = {
  contacts: ['person', 'people'],
  snapshots: ['saved version of a profile', 'saved versions of profiles'],
  interactions: ['interaction', 'interactions'],
  followUps: ['follow-up', 'follow-ups'],
  templates: ['template', 'templates'],
  meta: ['settings change', 'settings changes'],
};

/** "2 people, 1 interaction": what one sync change touched, in words. */
export function describeCounts(counts: SyncChange['counts']): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => {
      const [one, many] = KINDS[kind] ?? [kind, kind];
      return `${n} ${n === 1 ? one : many}`;
    })
    .join(', ');
}

export const CONNECTION_TEXT: Record<SyncStatus['connection'], string> = {
  off: 'Off',
  connecting: 'Connecting…',
  connected: 'Connected',
  disconnected: 'Not connected: Rapport keeps trying and sends what changed once it is back.',
  refused: 'The server refused the secret.',
};
