import { UPCOMING_DAYS } from '../../core/follow-ups/upcoming';
import { contactPageHash } from '../../shared/routes';
import { useFollowUpsChanged } from '../../ui/follow-through-events';
import { LoadFailed } from '../../ui/LoadFailed';
import { send } from '../../ui/messages';
import { UpcomingList } from '../../ui/UpcomingList';
import { useLoad } from '../../ui/use-load';
import { useNow } from '../../ui/use-now';

const listUpcoming = () => send('ui:listUpcoming', { days: UPCOMING_DAYS });

/** The week ahead and the one after: what is overdue, due today and coming up, for planning the work. */
export function UpcomingSection() {
  const { data: items, error, reload } = useLoad(listUpcoming, []);
  const now = useNow();
  useFollowUpsChanged(() => void reload());
  return (
    <section aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">Upcoming</h2>
      <p class="muted">Overdue, today and the next {UPCOMING_DAYS} days, by day.</p>
      {error && (
        <LoadFailed message={`Could not load what is coming up: ${error}`} onRetry={() => void reload()} />
      )}
      {!items && !error && <p class="muted">Loading…</p>}
      {items?.length === 0 && (
        <p>Nothing owed in the next {UPCOMING_DAYS} days. Follow-ups appear here as you log what happens.</p>
      )}
      {items && items.length > 0 && (
        <UpcomingList
          items={items}
          now={now}
          onOpenContact={(url) => {
            location.hash = contactPageHash(url);
          }}
        />
      )}
    </section>
  );
}
