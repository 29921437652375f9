import type { Settings } from '../../shared/settings';
import { announceFollowUpsChanged } from '../../ui/follow-through-events';
import { useFormDraft } from '../../ui/forms/use-form-draft';
import { send } from '../../ui/messages';
import { SaveActions } from '../../ui/SaveActions';
import {
  type DraftField,
  LIMITS,
  type NumberField,
  type RemindersDraft,
  readRemindersDraft,
  toRemindersDraft,
} from './reminders-draft';
import './reminders.css';

interface Props {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

const NUMBERS: { key: NumberField; label: string; unit: string; hint: string }[] = [
  {
    key: 'thankYouHours',
    label: 'Thank-you due within',
    unit: 'hours after a meeting',
    hint: 'After this the thank-you shows as overdue.',
  },
  {
    key: 'replyNudgeDays',
    label: 'Nudge when there is no reply after',
    unit: 'days',
    hint: 'Counted from your last message to them.',
  },
  {
    key: 'maxReplyNudges',
    label: 'Nudges before letting it go',
    unit: 'nudges',
    hint: '0 turns reply nudges off.',
  },
  {
    key: 'keepPostedWeeks',
    label: 'Keep them posted after',
    unit: 'weeks',
    hint: 'Counted from your thank-you: tell them what you did with their advice.',
  },
  {
    key: 'checkInDays',
    label: 'Check in every',
    unit: 'days',
    hint: 'With people who have answered you. Each person can have their own cadence on their page.',
  },
];
const LABELS = Object.fromEntries(NUMBERS.map((n) => [n.key, n.label])) as Record<NumberField, string>;

/** When Rapport reminds the user, and whether it may show notifications. */
export function RemindersSection({ settings, onSaved }: Props) {
  // Settings saved elsewhere (My profile) show here too, unless the user is in the middle of an edit.
  const form = useFormDraft<RemindersDraft, DraftField>('reminders', toRemindersDraft(settings));
  const { draft, dirty, busy, status, problems, edit, discard } = form;

  const save = async (event: Event) => {
    event.preventDefault();
    const result = readRemindersDraft(draft, LABELS);
    if (!result.ok) {
      form.reject('Some values are out of range; see the highlighted fields.', result.problems);
      return;
    }
    await form.save(async () => {
      const { followUps, notifications } = result;
      const saved = await send('ui:saveSettings', { settings: { ...settings, followUps, notifications } });
      onSaved(saved);
      announceFollowUpsChanged();
      return toRemindersDraft(saved);
    }, 'Saved. Due dates now follow these settings.');
  };

  const problem = (field: DraftField) =>
    problems[field] && (
      <span id={`rem-${field}-problem`} class="error small">
        {problems[field]}
      </span>
    );
  const described = (field: DraftField, hint?: boolean) =>
    [hint ? `rem-${field}-hint` : '', problems[field] ? `rem-${field}-problem` : '']
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <form class="reminders" onSubmit={(e) => void save(e)} noValidate aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders</h2>
      <p class="muted">
        Rapport works out what you owe each person from what you log. These numbers decide when.
      </p>
      <fieldset class="reminder-group">
        <legend>Timing</legend>
        {NUMBERS.map(({ key, label, unit, hint }) => (
          <div class="reminder-number" key={key}>
            <label for={`rem-${key}`}>{label}</label>
            <span class="with-unit">
              <input
                id={`rem-${key}`}
                type="number"
                inputMode={LIMITS[key].whole ? 'numeric' : 'decimal'}
                min={LIMITS[key].min}
                max={LIMITS[key].max}
                step={LIMITS[key].whole ? 1 : 'any'}
                value={draft.numbers[key]}
                aria-invalid={problems[key] ? true : undefined}
                aria-describedby={described(key, true)}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  edit((d) => ({ ...d, numbers: { ...d.numbers, [key]: value } }), key);
                }}
              />
              <span>{unit}</span>
            </span>
            <span id={`rem-${key}-hint`} class="muted small">
              {hint}
            </span>
            {problem(key)}
          </div>
        ))}
      </fieldset>
      <fieldset class="reminder-group">
        <legend>Notifications</legend>
        <label class="check">
          <input
            class="check-box"
            type="checkbox"
            checked={draft.notificationsEnabled}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              edit((d) => ({ ...d, notificationsEnabled: on }));
            }}
          />
          Show a notification when something becomes due
        </label>
        <label class="check">
          <input
            class="check-box"
            type="checkbox"
            checked={draft.quietEnabled}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              edit((d) => ({ ...d, quietEnabled: on }));
            }}
          />
          Quiet hours: hold notifications until they end
        </label>
        <div class="quiet-hours">
          {(['quietStart', 'quietEnd'] as const).map((field) => (
            <div class="reminder-number" key={field}>
              <label for={`rem-${field}`}>{field === 'quietStart' ? 'Quiet from' : 'Quiet until'}</label>
              <input
                id={`rem-${field}`}
                type="time"
                value={draft[field]}
                disabled={!draft.quietEnabled}
                aria-invalid={problems[field] ? true : undefined}
                aria-describedby={described(field)}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  edit((d) => ({ ...d, [field]: value }), field);
                }}
              />
              {problem(field)}
            </div>
          ))}
        </div>
        <p class="muted small">Times are your computer's local time; quiet hours may span midnight.</p>
      </fieldset>
      <SaveActions label="Save reminders" dirty={dirty} busy={busy} status={status} onDiscard={discard} />
    </form>
  );
}
