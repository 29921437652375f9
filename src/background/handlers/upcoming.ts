import { listUpcoming } from '../../db/upcoming';
import type { HandlerDeps, HandlerGroup } from './deps';

export function upcomingHandlers({ db, now }: HandlerDeps): HandlerGroup<'ui:listUpcoming'> {
  return {
    'ui:listUpcoming': ({ days }) => listUpcoming(db, now(), days),
  };
}
