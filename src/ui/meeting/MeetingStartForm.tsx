import { useId, useState } from 'preact/hooks';
import type { Contact } from '../../shared/contact';
import { MEETING_LENGTHS, type MeetingState } from '../../shared/meeting';
import type { Settings } from '../../shared/settings';
import { errorText } from '../errors';
import { send } from '../messages';
import { StatusText } from '../StatusText';
import './meeting.css';

interface Props {
  contact: Contact;
  settings: Settings;
  /** Told with the meeting once it is saved: the popup runs it in place, the options page opens its tab. */
  onStarted: (meeting: MeetingState) => void;
}

/**
 * Choosing the length and starting meeting mode with this person, the same in the popup and on the
 * options page's contact page: the agenda is the questions pinned for them, read when the meeting starts.
 */
export function MeetingStartForm({ contact, settings, onStarted }: Props) {
  const [length, setLength] = useState<string>('20');
  const [custom, setCustom] = useState('45');
  const [sound, setSound] = useState(false);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const id = useId();

  const start = async () => {
    const minutes = length === 'custom' ? Math.round(Number(custom)) : Number(length);
    if (!Number.isFinite(minutes) || minutes < 1 || minutes > 240) {
      setError('Choose a length between 1 and 240 minutes.');
      return;
    }
    setStarting(true);
    try {
      const [{ meetingAgenda }, fresh] = await Promise.all([
        // Loaded only when a meeting starts: the popup's first view stays small.
        import('./meeting-agenda'),
        // Questions pinned since the page opened count: the saved arrangement is read now.
        send('ui:getContact', { url: contact.url }),
      ]);
      const agenda = meetingAgenda(fresh?.contact ?? contact, settings.me, settings.questionBank);
      onStarted(await send('ui:startMeeting', { contactUrl: contact.url, minutes, agenda, sound }));
    } catch (e) {
      setError(`Could not start the meeting: ${errorText(e)}`);
    } finally {
      setStarting(false);
    }
  };

  return (
    <>
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
      <label class="small meeting-start-sound">
        <input type="checkbox" checked={sound} onChange={(e) => setSound(e.currentTarget.checked)} /> A soft
        sound at 5 minutes left and at the end
      </label>
      <div class="prepare-actions">
        <button type="button" class="primary" disabled={starting} onClick={() => void start()}>
          Start meeting
        </button>
      </div>
      <StatusText status={error ? { kind: 'error', text: error } : undefined} />
    </>
  );
}
