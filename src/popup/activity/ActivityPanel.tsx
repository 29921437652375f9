import { isOverdue } from '../../core/follow-ups/follow-ups';
import type { Interaction } from '../../shared/interaction';
import type { ContactView } from '../../shared/protocol';
import { optionsPageLink } from '../../shared/routes';
import { CalendarLink } from '../../ui/CalendarLink';
import { type FollowUpEntry, FollowUpList } from '../../ui/FollowUpList';
import { useFollowUpsChanged } from '../../ui/follow-through-events';
import { InteractionLogger } from '../../ui/InteractionLogger';
import { InteractionSummary } from '../../ui/InteractionSummary';
import { pendingMeetings } from '../../ui/interaction-draft';
import { send } from '../../ui/messages';
import { useLoad } from '../../ui/use-load';
import { useNow } from '../../ui/use-now';
import { When } from '../../ui/When';
import './activity.css';
import { LoadFailed } from '../../ui/LoadFailed';

interface Props {
  contactUrl: string;
  contactName: string;
  /** Told after anything changes, so the person card above shows the new stage. */
  onChanged: () => void;
}

const RECENT = 4;

interface Activity {
  view: ContactView | null;
  interactions: Interaction[];
}

async function loadActivity(url: string): Promise<Activity> {
  const [view, interactions] = await Promise.all([
    send('ui:getContact', { url }),
    send('ui:listInteractions', { contactUrl: url }),
  ]);
  return { view, interactions };
}

/** Under the person card: what is owed them, logging what just happened, and the latest history. */
export function ActivityPanel({ contactUrl, contactName, onChanged }: Props) {
  const { data, error, reload } = useLoad(() => loadActivity(contactUrl), [contactUrl]);
  const now = useNow();
  // The due list or another panel may change this person's follow-ups too.
  useFollowUpsChanged(() => void reload());

  if (error) {
    return (
      <section class="activity" aria-label={`Follow-through with ${contactName}`}>
        <LoadFailed
          message={`Could not load your history with ${contactName}: ${error}`}
          onRetry={() => void reload()}
        />
      </section>
    );
  }
  if (!data) return <p class="muted">Loading…</p>;

  const followUps: FollowUpEntry[] = (data.view?.contact.followUps ?? []).map((followUp) => ({
    followUp,
    contactName,
    overdue: isOverdue(followUp, now),
  }));
  const upcoming = pendingMeetings(data.interactions).filter(
    (m) => m.meeting && m.meeting.startsAt + m.meeting.minutes * 60_000 > now,
  );
  const recent = data.interactions.slice(0, RECENT);

  return (
    <section class="activity" aria-label={`Follow-through with ${contactName}`}>
      {upcoming.map((m) => (
        <p key={m.id} class="upcoming-meeting" data-testid="upcoming-meeting">
          <strong>Meeting</strong> <When at={m.meeting?.startsAt ?? m.at} now={now} />
          {m.meeting?.where ? ` · ${m.meeting.where}` : ''}
          {' · '}
          <CalendarLink meeting={m} contactName={contactName} contactUrl={contactUrl} />
        </p>
      ))}
      <h3 class="section-title">Owed to {contactName}</h3>
      {followUps.length === 0 && <p class="muted small">Nothing right now.</p>}
      <FollowUpList
        entries={followUps}
        now={now}
        label={`Follow-ups for ${contactName}`}
        onChanged={onChanged}
      />
      <InteractionLogger
        key={contactUrl}
        contactUrl={contactUrl}
        interactions={data.interactions}
        onChanged={onChanged}
      />
      {recent.length > 0 && (
        <>
          <h3 class="section-title">Latest</h3>
          <ul class="timeline" aria-label={`Latest with ${contactName}`}>
            {recent.map((i) => (
              <li key={i.id}>
                <InteractionSummary
                  interaction={i}
                  now={now}
                  contactName={contactName}
                  linkReferralsTo="linkedin"
                  calendar={false}
                />
              </li>
            ))}
          </ul>
          {data.interactions.length > RECENT && (
            <p class="muted small">
              {data.interactions.length - RECENT} earlier.{' '}
              <a href={optionsPageLink({ section: 'contacts', contactUrl })} target="_blank" rel="noreferrer">
                See everything with {contactName}
              </a>
            </p>
          )}
        </>
      )}
    </section>
  );
}
