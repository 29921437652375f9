import { useState } from 'preact/hooks';
import { contactPageHash, optionsHash } from '../../shared/routes';
import { LoadFailed } from '../../ui/LoadFailed';
import { MeetingRunner } from '../../ui/meeting/MeetingRunner';
import { send } from '../../ui/messages';
import { useLoad } from '../../ui/use-load';

/**
 * Meeting mode in a full tab, with room to write: the meeting started from a person's page here or from
 * the popup. It is the database's one meeting, so reloading the tab or opening the popup shows the same.
 */
export function MeetingPage() {
  const meeting = useLoad(() => send('ui:getMeeting', {}), []);
  const [ended, setEnded] = useState<{ url: string; name: string } | undefined>();

  return (
    <section class="meeting-page" aria-labelledby="meeting-title">
      <h2 id="meeting-title">Meeting</h2>
      {meeting.error && (
        <LoadFailed
          message={`Could not load the meeting: ${meeting.error}`}
          onRetry={() => void meeting.reload()}
        />
      )}
      {ended && (
        <p role="status">
          Recorded your meeting with {ended.name}. <a href={contactPageHash(ended.url)}>Open {ended.name}</a>{' '}
          to send the thank-you within 24 hours.
        </p>
      )}
      {meeting.data === null && !ended && (
        <p class="muted">
          No meeting is under way. Start one from the person’s page (
          <a href={optionsHash({ section: 'contacts' })}>Contacts</a>, then Meeting mode) or from the Rapport
          popup on their LinkedIn profile.
        </p>
      )}
      {meeting.data && (
        <p class="back">
          <a href={contactPageHash(meeting.data.contactUrl)}>{meeting.data.contactName}’s page</a>
        </p>
      )}
      {meeting.data && (
        <MeetingRunner
          key={meeting.data.startedAt}
          initial={meeting.data}
          onEnded={() => {
            if (meeting.data) setEnded({ url: meeting.data.contactUrl, name: meeting.data.contactName });
            void meeting.reload();
          }}
          onDiscarded={() => void meeting.reload()}
        />
      )}
    </section>
  );
}
