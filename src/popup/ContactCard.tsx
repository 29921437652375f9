import type { ContactView } from '../shared/protocol';
import { absoluteTime, relativeTime, stageLabel } from '../ui/format';
import { CaptureReportView } from './CaptureReportView';

/** The person on the page the user is looking at, as Rapport has saved them. */
export function ContactCard({ view }: { view: ContactView }) {
  const { contact, snapshotCount } = view;
  const { profile } = contact;
  const now = Date.now();
  const current = profile.experience[0];
  const lastChange = contact.jobChanges[contact.jobChanges.length - 1];
  return (
    <section class="card" aria-labelledby="contact-name" data-testid="contact-card">
      <h2 id="contact-name">{contact.name}</h2>
      {profile.headline && <p class="headline">{profile.headline}</p>}
      {profile.location && <p class="muted">{profile.location}</p>}
      {current && !profile.headline && (
        <p class="headline">{[current.title, current.company].filter(Boolean).join(' · ')}</p>
      )}
      <p class="status">
        <span class={`stage stage-${contact.stage}`}>{stageLabel(contact.stage)}</span>{' '}
        <span class="muted small" title={absoluteTime(contact.firstSavedAt)}>
          Saved {relativeTime(contact.firstSavedAt, now)}
        </span>
        {contact.capturedAt > contact.firstSavedAt && (
          <span class="muted small" title={absoluteTime(contact.capturedAt)}>
            {' '}
            · updated {relativeTime(contact.capturedAt, now)}
          </span>
        )}
        {snapshotCount > 1 && <span class="muted small"> · {snapshotCount} versions</span>}
      </p>
      {lastChange && (
        <p class="job-change">
          New role: {[lastChange.to.title, lastChange.to.company].filter(Boolean).join(' at ')}
          {lastChange.from && (
            <span class="muted">
              {' '}
              (was {[lastChange.from.title, lastChange.from.company].filter(Boolean).join(' at ')})
            </span>
          )}
        </p>
      )}
      {contact.lastReport && <CaptureReportView report={contact.lastReport} />}
    </section>
  );
}
