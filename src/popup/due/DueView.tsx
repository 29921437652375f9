import { useState } from 'preact/hooks';
import type { DueItem } from '../../shared/protocol';
import { FollowUpList } from '../../ui/FollowUpList';
import { useFollowUpsChanged } from '../../ui/follow-through-events';
import { send } from '../../ui/messages';
import { useLoad } from '../../ui/use-load';
import { useNow } from '../../ui/use-now';
import { DueEmpty } from './DueEmpty';
import './due.css';
import { LoadFailed } from '../../ui/LoadFailed';

const listDue = () => send('ui:listDue', {});

function summary(items: DueItem[]): string {
  const overdue = items.filter((i) => i.overdue).length;
  return overdue ? `${items.length} due, ${overdue} overdue` : `${items.length} due`;
}

/** Everything owed today, overdue first, each with its one-click action. */
export function DueView({ onOpenContact }: { onOpenContact?: (url: string) => void }) {
  const { data: items, error, reload } = useLoad(listDue, []);
  const [retrying, setRetrying] = useState(false);
  const now = useNow();
  useFollowUpsChanged(() => void reload());

  const retry = async () => {
    setRetrying(true);
    await reload();
    setRetrying(false);
  };

  return (
    <section class="due-view" aria-labelledby="due-title">
      <h2 id="due-title" class="section-title">
        Due today{items && items.length > 0 && <span class="due-summary"> · {summary(items)}</span>}
      </h2>
      {error && (
        <LoadFailed
          message={`Could not load what is due: ${error}`}
          onRetry={() => void retry()}
          retrying={retrying}
        />
      )}
      {!items && !error && <p class="muted">Loading…</p>}
      {items?.length === 0 && <DueEmpty />}
      {items && (
        <FollowUpList
          entries={items}
          now={now}
          label="Due today, overdue first"
          showContact
          {...(onOpenContact ? { onOpenContact } : {})}
        />
      )}
    </section>
  );
}
