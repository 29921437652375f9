import { useRef } from 'preact/hooks';
import { groupByDay } from '../core/follow-ups/upcoming';
import type { DueItem } from '../shared/protocol';
import { dayLabel } from './day-label';
import { FollowUpList } from './FollowUpList';
import './upcoming.css';

interface Props {
  items: DueItem[];
  now: number;
  onOpenContact?: (url: string) => void;
  /** The heading level of each day, below the view's own heading. */
  headingLevel?: 3 | 4;
}

/**
 * Overdue, today and each coming day with something on it, each day a list with its one-click actions.
 * A day the user has just cleared stays on screen (saying so), so its last item's Undo is still there.
 */
export function UpcomingList({ items, now, onOpenContact, headingLevel = 3 }: Props) {
  const seen = useRef(new Set<'overdue' | number>());
  const groups = groupByDay(items, now);
  for (const g of groups) seen.current.add(g.day);
  const shown = [...seen.current]
    .sort((a, b) => (a === 'overdue' ? -1 : b === 'overdue' ? 1 : a - b))
    .map((day) => groups.find((g) => g.day === day) ?? { day, items: [] });
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div class="upcoming">
      {shown.map(({ day, items: dayItems }) => {
        const label = dayLabel(day, now);
        const id = `upcoming-${day}`;
        return (
          <section
            key={day}
            class={`upcoming-day${day === 'overdue' ? ' upcoming-overdue' : ''}`}
            aria-labelledby={id}
          >
            <Heading id={id} class="upcoming-day-title">
              {label}
              {dayItems.length > 0 && <span class="upcoming-count"> · {dayItems.length}</span>}
            </Heading>
            {dayItems.length === 0 && <p class="muted small">All done.</p>}
            <FollowUpList
              entries={dayItems}
              now={now}
              label={label}
              showContact
              {...(onOpenContact ? { onOpenContact } : {})}
            />
          </section>
        );
      })}
    </div>
  );
}
