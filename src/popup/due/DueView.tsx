import { useState } from 'preact/hooks';
import { effectiveDueAt } from '../../core/follow-ups/follow-ups';
import { UPCOMING_DAYS } from '../../core/follow-ups/upcoming';
import { endOfLocalDay } from '../../core/time-units';
import type { DueItem } from '../../shared/protocol';
import { useFollowUpsChanged } from '../../ui/follow-through-events';
import { LoadFailed } from '../../ui/LoadFailed';
import { send } from '../../ui/messages';
import { UpcomingList } from '../../ui/UpcomingList';
import { useLoad } from '../../ui/use-load';
import { useNow } from '../../ui/use-now';
import { DueEmpty } from './DueEmpty';
import './due.css';

const listUpcoming = () => send('ui:listUpcoming', { days: UPCOMING_DAYS });

function summary(items: DueItem[], now: number): string {
  const today = items.filter((i) => effectiveDueAt(i.followUp) <= endOfLocalDay(now));
  const overdue = today.filter((i) => i.overdue).length;
  const later = items.length - today.length;
  return [
    `${today.length} due`,
    ...(overdue ? [`${overdue} overdue`] : []),
    ...(later ? [`${later} coming up`] : []),
  ].join(', ');
}

/** What is owed: overdue, today and the next two weeks, by day, each with its one-click action. */
export function DueView({ onOpenContact }: { onOpenContact?: (url: string) => void }) {
  const { data: items, error, reload } = useLoad(listUpcoming, []);
  const [retrying, setRetrying] = useState(false);
  const now = useNow();
  useFollowUpsChanged(() => void reload());

  const retry = async () => {
    setRetrying(true);
    await reload();
    setRetrying(false);
  };
  const nothingToday =
    items !== undefined && !items.some((i) => effectiveDueAt(i.followUp) <= endOfLocalDay(now));

  return (
    <section class="due-view" aria-labelledby="due-title">
      <h2 id="due-title" class="section-title">
        Due{items && items.length > 0 && <span class="due-summary"> · {summary(items, now)}</span>}
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
      {items && items.length > 0 && nothingToday && <p class="muted">Nothing due today.</p>}
      {items && items.length > 0 && (
        <UpcomingList items={items} now={now} {...(onOpenContact ? { onOpenContact } : {})} />
      )}
    </section>
  );
}
