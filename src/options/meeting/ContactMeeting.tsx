import type { Contact } from '../../shared/contact';
import { optionsHash } from '../../shared/routes';
import { LoadFailed } from '../../ui/LoadFailed';
import { MeetingStartForm } from '../../ui/meeting/MeetingStartForm';
import { send } from '../../ui/messages';
import { useLoad } from '../../ui/use-load';

const MEETING_HASH = optionsHash({ section: 'meeting' });

async function loadMeetingAndSettings() {
  const [meeting, settings] = await Promise.all([send('ui:getMeeting', {}), send('ui:getSettings', {})]);
  return { meeting, settings };
}

/**
 * Meeting mode from a person's page: start it here and it runs in this tab, with room to write; the
 * popup shows the same meeting, as both read it from the database.
 */
export function ContactMeeting({ contact }: { contact: Contact }) {
  const { data, error, reload } = useLoad(loadMeetingAndSettings, []);
  if (error) {
    return <LoadFailed message={`Could not load the meeting: ${error}`} onRetry={() => void reload()} />;
  }
  if (!data) return null;
  const running = data.meeting;
  if (running) {
    return (
      <p class="muted" data-testid="meeting-under-way">
        {running.contactUrl === contact.url
          ? `Your meeting with ${contact.name} is under way. `
          : `A meeting with ${running.contactName} is under way. `}
        <a href={MEETING_HASH}>Open the meeting</a>
      </p>
    );
  }
  return (
    <div class="meeting-start" data-testid="meeting-start">
      <p class="muted small">
        A watch for the time you agreed, the questions you pinned for {contact.name} as the agenda, and notes,
        in this tab.
      </p>
      <MeetingStartForm
        contact={contact}
        settings={data.settings}
        onStarted={() => {
          location.hash = MEETING_HASH;
        }}
      />
    </div>
  );
}
