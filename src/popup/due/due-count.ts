import { useFollowUpsChanged } from '../../ui/follow-through-events';
import { send } from '../../ui/messages';
import { useLoad } from '../../ui/use-load';

const listDue = () => send('ui:listDue', {});

/** How many follow-ups are due today, for the tab label; undefined until known. */
export function useDueCount(): number | undefined {
  const { data, reload } = useLoad(listDue, []);
  useFollowUpsChanged(() => void reload());
  return data?.length;
}
