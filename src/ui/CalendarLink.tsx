import { useState } from 'preact/hooks';
import { foldText } from '../core/names/fold-text';
import type { Interaction } from '../shared/interaction';
import { errorText } from './errors';
import { dateInputValue } from './local-time';

interface Props {
  /** A meeting-scheduled interaction with its meeting details. */
  meeting: Interaction;
  contactName: string;
  contactUrl: string;
}

/** A file name anyone's calendar accepts: letters, digits and dashes. */
function fileName(name: string, startsAt: number): string {
  const plain = foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `meeting-${plain || 'contact'}-${dateInputValue(startsAt)}.ics`;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves a planned meeting as an iCalendar file the user opens in their own calendar. */
export function CalendarLink({ meeting, contactName, contactUrl }: Props) {
  const [error, setError] = useState<string | undefined>();
  const details = meeting.meeting;
  if (!details) return null;
  const save = async () => {
    try {
      // Loaded on first use: the calendar writer is only needed when a meeting is being saved.
      const { meetingToIcs } = await import('../core/follow-ups/calendar');
      const ics = meetingToIcs({
        title: `Informational interview with ${contactName}`,
        description: [meeting.note, contactUrl].filter(Boolean).join('\n\n'),
        startsAt: details.startsAt,
        minutes: details.minutes,
        ...(details.where ? { where: details.where } : {}),
        uid: `${meeting.id}@rapport`,
      });
      download(fileName(contactName, details.startsAt), ics);
      setError(undefined);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <span class="calendar-link">
      <button type="button" class="link" onClick={() => void save()}>
        Save to calendar (.ics)
      </button>
      {error && (
        <span role="alert" class="error small">
          {' '}
          {error}
        </span>
      )}
    </span>
  );
}
