import type { Interaction } from '../shared/interaction';
import { contactPageHash } from '../shared/routes';
import { CalendarLink } from './CalendarLink';
import { INTERACTION_LABELS } from './follow-through-labels';
import { When } from './When';
import './follow-through.css';

interface Props {
  interaction: Interaction;
  now: number;
  contactName: string;
  /** Where a referred person's link goes: their contact page in the options page, else LinkedIn. */
  linkReferralsTo: 'contact-page' | 'linkedin';
  /** Offer "Save to calendar" for a meeting still to come; off where the page offers it elsewhere. */
  calendar?: boolean;
}

const MINUTE = 60_000;

/** One thing that happened: what, when, the meeting's plan, whom they suggested, and the note. */
export function InteractionSummary({
  interaction: i,
  now,
  contactName,
  linkReferralsTo,
  calendar = true,
}: Props) {
  const meeting = i.meeting;
  const upcoming =
    calendar &&
    i.kind === 'meeting-scheduled' &&
    meeting &&
    meeting.startsAt + meeting.minutes * MINUTE > now;
  const referred = i.referral;
  return (
    <>
      <div class="timeline-head">
        <span class="timeline-kind">{INTERACTION_LABELS[i.kind]}</span>
        <span class="muted small">
          <When at={i.at} now={now} />
        </span>
      </div>
      {meeting && (
        <p class="small">
          Meeting <When at={meeting.startsAt} now={now} /> for {meeting.minutes} min
          {meeting.where ? `, ${meeting.where}` : ''}
          {upcoming && (
            <>
              {' · '}
              <CalendarLink meeting={i} contactName={contactName} contactUrl={i.contactUrl} />
            </>
          )}
        </p>
      )}
      {referred && (
        <p class="small">
          Suggested you talk to{' '}
          {referred.url ? (
            <a
              href={linkReferralsTo === 'contact-page' ? contactPageHash(referred.url) : referred.url}
              {...(linkReferralsTo === 'linkedin' ? { target: '_blank', rel: 'noreferrer' } : {})}
            >
              {referred.name}
            </a>
          ) : (
            referred.name
          )}
        </p>
      )}
      {i.note && <p class="timeline-note">{i.note}</p>}
    </>
  );
}
