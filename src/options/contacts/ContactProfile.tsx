import type { Contact, JobChange } from '../../shared/contact';
import { absoluteTime, stageLabel } from '../../ui/format';
import { When } from '../../ui/When';

const role = (r: { title?: string; company?: string }) => [r.title, r.company].filter(Boolean).join(' at ');

function describeChange(change: JobChange): string {
  return change.from ? `${role(change.to)} (was ${role(change.from)})` : role(change.to);
}

/** Who the person is, as their profile last read: headline, current role, location, job changes. */
export function ContactProfile({ contact, now }: { contact: Contact; now: number }) {
  const { profile } = contact;
  const current = profile.experience[0];
  return (
    <header class="contact-profile">
      <h2 id="contact-detail-title" tabIndex={-1}>
        {contact.name}
      </h2>
      {profile.headline && <p class="headline">{profile.headline}</p>}
      {current && (
        <p>
          <span class="muted">Now: </span>
          {role(current)}
        </p>
      )}
      {profile.location && <p class="muted">{profile.location}</p>}
      <p class="contact-status">
        <span class={`stage stage-${contact.stage}`}>{stageLabel(contact.stage)}</span>{' '}
        <span class="muted small">
          Saved <When at={contact.firstSavedAt} now={now} />
          {contact.capturedAt > contact.firstSavedAt && (
            <>
              {' · profile read '}
              <When at={contact.capturedAt} now={now} />
            </>
          )}
        </span>{' '}
        <a href={contact.url} target="_blank" rel="noreferrer">
          Open LinkedIn profile
        </a>
      </p>
      {contact.jobChanges.length > 0 && (
        <details class="job-changes" open={contact.jobChanges.length <= 3}>
          <summary>Job changes seen ({contact.jobChanges.length})</summary>
          <ul>
            {[...contact.jobChanges].reverse().map((change) => (
              <li key={change.at}>
                <span title={absoluteTime(change.at)}>{new Date(change.at).toLocaleDateString()}</span>:{' '}
                {describeChange(change)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </header>
  );
}
