import { useId, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Contact } from '../../shared/contact';
import { MEETING_LENGTHS } from '../../shared/meeting';
import { OPTIONS_PAGE } from '../../shared/routes';
import type { Settings } from '../../shared/settings';
import { errorText } from '../../ui/errors';
import { LoadFailed } from '../../ui/LoadFailed';
import { MeetingRunner } from '../../ui/meeting/MeetingRunner';
import { send } from '../../ui/messages';
import { StatusText } from '../../ui/StatusText';
import { useLoad } from '../../ui/use-load';

interface Props {
  contact: Contact;
  settings: Settings;
  /** Told once the meeting is recorded: the thank-you is due now. */
  onEnded: () => void;
}

const openInTab = () => {
  void browser.tabs.create({ url: browser.runtime.getURL(`${OPTIONS_PAGE}#meeting`) });
  window.close();
};

/** Meeting mode in the popup: start one with this person, or carry on with the one under way. */
export function MeetingSection({ contact, settings, onEnded }: Props) {
  const meeting = useLoad(() => send('ui:getMeeting', {}), []);
  const [length, setLength] = useState<string>('20');
  const [custom, setCustom] = useState('45');
  const [sound, setSound] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const id = useId();

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

  const start = async () => {
    const minutes = length === 'custom' ? Math.round(Number(custom)) : Number(length);
    if (!Number.isFinite(minutes) || minutes < 1 || minutes > 240) {
      setError('Choose a length between 1 and 240 minutes.');
      return;
    }
    try {
      const [{ meetingAgenda }, fresh] = await Promise.all([
        import('./meeting-agenda'),
        // Questions pinned since the popup opened count: the saved arrangement is read now.
        send('ui:getContact', { url: contact.url }),
      ]);
      const agenda = meetingAgenda(fresh?.contact ?? contact, settings.me, settings.questionBank);
      await send('ui:startMeeting', { contactUrl: contact.url, minutes, agenda, sound });
      await meeting.reload();
    } catch (e) {
      setError(`Could not start the meeting: ${errorText(e)}`);
    }
  };

  return (
    <details class="prepare-block meeting-start" data-testid="meeting-start">
      <summary class="section-title">Meeting mode</summary>
      <p class="muted small">
        A watch for the time you agreed, your pinned questions as the agenda, and notes.
      </p>
      <fieldset class="meeting-lengths">
        <legend class="small">Length</legend>
        {[...MEETING_LENGTHS.map(String), 'custom'].map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-length`}
              value={value}
              checked={length === value}
              onChange={() => setLength(value)}
            />{' '}
            {value === 'custom' ? 'Other' : `${value} min`}
          </label>
        ))}
        {length === 'custom' && (
          <input
            aria-label="Minutes"
            type="number"
            min={1}
            max={240}
            value={custom}
            onInput={(e) => setCustom(e.currentTarget.value)}
          />
        )}
      </fieldset>
      <label class="small">
        <input type="checkbox" checked={sound} onChange={(e) => setSound(e.currentTarget.checked)} /> A soft
        sound at 5 minutes left and at the end
      </label>
      <div class="prepare-actions">
        <button type="button" class="primary" onClick={() => void start()}>
          Start meeting
        </button>
      </div>
      <StatusText status={error ? { kind: 'error', text: error } : undefined} />
    </details>
  );
}
