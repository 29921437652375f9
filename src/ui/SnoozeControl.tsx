import { useState } from 'preact/hooks';
import { snoozeUntil } from '../core/follow-ups/follow-up-records';
import { DAY } from '../core/time-units';
import { escapeClosesDetails } from './escape-closes';
import { absoluteTime } from './format';
import { dateInputValue, parseDateInput } from './local-time';

interface Props {
  /** The id of the text naming what is snoozed, so every Snooze control says what it is for. */
  describedBy: string;
  disabled?: boolean;
  onSnooze: (until: number, untilText: string) => void;
}

/** Snooze for a day, a week, or until a chosen date (that morning, local time). */
export function SnoozeControl({ describedBy, disabled, onSnooze }: Props) {
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const dateId = `${describedBy}-snooze-date`;
  const preset = (which: '1d' | '1w') => {
    const until = snoozeUntil(which, Date.now());
    onSnooze(until, absoluteTime(until));
  };
  const pick = (event: Event) => {
    event.preventDefault();
    const chosen = parseDateInput(date);
    if (chosen === undefined) return setProblem('Choose a date to snooze until.');
    if (chosen <= Date.now()) return setProblem('Choose a day after today.');
    setProblem(undefined);
    const until = snoozeUntil({ date: chosen }, Date.now());
    onSnooze(until, absoluteTime(until));
  };
  return (
    <details class="snooze" onKeyDown={escapeClosesDetails}>
      <summary aria-describedby={describedBy}>Snooze</summary>
      <div class="snooze-options">
        <button type="button" disabled={disabled} onClick={() => preset('1d')} aria-describedby={describedBy}>
          1 day
        </button>
        <button type="button" disabled={disabled} onClick={() => preset('1w')} aria-describedby={describedBy}>
          1 week
        </button>
        <form class="snooze-date" onSubmit={pick} noValidate>
          <label for={dateId}>Until</label>
          <input
            id={dateId}
            type="date"
            value={date}
            min={dateInputValue(Date.now() + DAY)}
            aria-invalid={problem ? true : undefined}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
          <button type="submit" disabled={disabled} aria-describedby={describedBy}>
            Snooze until date
          </button>
        </form>
        {problem && (
          <p role="alert" class="error small">
            {problem}
          </p>
        )}
      </div>
    </details>
  );
}
