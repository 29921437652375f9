import type { ImportPreview as Preview } from '../../shared/protocol';

const NAMES: Record<keyof Preview, string> = {
  contacts: 'contacts',
  snapshots: 'saved versions',
  interactions: 'interactions',
  followUps: 'follow-up decisions',
  templates: 'templates',
  meta: 'settings and other records',
};

/** One line a table: what the import would add, change and remove, before anything is written. */
export function ImportPreview({ preview }: { preview: Preview }) {
  const rows = (Object.keys(NAMES) as (keyof Preview)[]).filter((table) => {
    const c = preview[table];
    return c.added || c.updated || c.removed;
  });
  if (!rows.length) return <p>Nothing would change: the file holds what is stored.</p>;
  return (
    <ul class="import-preview">
      {rows.map((table) => {
        const { added, updated, removed } = preview[table];
        const parts = [
          added ? `${added} added` : '',
          updated ? `${updated} updated` : '',
          removed ? `${removed} removed` : '',
        ].filter(Boolean);
        return (
          <li key={table}>
            {NAMES[table]}: {parts.join(', ')}
          </li>
        );
      })}
    </ul>
  );
}
