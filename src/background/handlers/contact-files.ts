import { exportContacts, importConnections } from '../../db/contact-files';
import type { HandlerDeps, HandlerGroup } from './deps';

export function contactFileHandlers({
  db,
  now,
  onDataChanged,
}: HandlerDeps): HandlerGroup<'ui:exportContacts' | 'ui:importConnections'> {
  return {
    'ui:exportContacts': ({ format }) => exportContacts(db, format, now()),
    'ui:importConnections': async ({ connections }) => {
      const result = await importConnections(db, connections, now());
      await onDataChanged?.();
      return result;
    },
  };
}
