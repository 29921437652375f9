import browser from 'webextension-polyfill';
import type { Contact } from '../../shared/contact';
import { OPTIONS_PAGE, optionsHash } from '../../shared/routes';
import type { Settings } from '../../shared/settings';
import { LoadFailed } from '../../ui/LoadFailed';
import { MeetingRunner } from '../../ui/meeting/MeetingRunner';
import { MeetingStartForm } from '../../ui/meeting/MeetingStartForm';
import { send } from '../../ui/messages';
import { useLoad } from '../../ui/use-load';

interface Props {
  contact: Contact;
  settings: Settings;
  /** Told once the meeting is recorded: the thank-you is due now. */
  onEnded: () => void;
}

const openInTab = () => {
  void browser.tabs.create({
    url: browser.runtime.getURL(`${OPTIONS_PAGE}${optionsHash({ section: 'meeting' })}`),
  });
  window.close();
};

/** Meeting mode in the popup: start one with this person, or carry on with the one under way. */
export function MeetingSection({ contact, settings, onEnded }: Props) {
  const meeting = useLoad(() => send('ui:getMeeting', {}), []);

  if (meeting.error) {
    return (
      <LoadFailed
        message={`Could not load the meeting: ${meeting.error}`}
        onRetry={() => void meeting.reload()}
      />
    );
  }
  if (meeting.data === undefined) return null;
  const running = meeting.data;
  if (running && running.contactUrl === contact.url) {
    return (
      <MeetingRunner
        key={running.startedAt}
        initial={running}
        onEnded={() => {
          void meeting.reload();
          onEnded();
        }}
        onDiscarded={() => void meeting.reload()}
        openInTab={openInTab}
      />
    );
  }
  if (running) {
    return (
      <p class="muted small prepare-block">
        A meeting with {running.contactName} is under way.{' '}
        <button type="button" class="link" onClick={openInTab}>
          Show it
        </button>
      </p>
    );
  }

  return (
    <details class="prepare-block meeting-start" data-testid="meeting-start">
      <summary class="section-title">Meeting mode</summary>
      <p class="muted small">
        A watch for the time you agreed, your pinned questions as the agenda, and notes.
      </p>
      <MeetingStartForm contact={contact} settings={settings} onStarted={() => void meeting.reload()} />
    </details>
  );
}
