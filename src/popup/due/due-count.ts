import { useFollowUpsChanged } from '../../shared/ui/follow-through-events';
import { send } from '../../shared/ui/messages';
import { useLoad } from '../../shared/ui/use-load';

const listDue = () => send('ui:listDue', {});

/** How many follow-ups are due today, for the tab label; undefined until known. */
export function useDueCount(): number | undefined {
  const { data, reload } = useLoad(listDue, []);
  useFollowUpsChanged(() => void reload());
  return data?.length;
}
