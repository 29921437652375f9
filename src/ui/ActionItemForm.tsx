import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { DAY } from '../core/time-units';
import type { FollowUp } from '../shared/interaction';
import { errorText } from './errors';
import { FormButtons } from './FormButtons';
import { announceFollowUpsChanged } from './follow-through-events';
import { forgetDraft, keepDraft, keptDraft, newFormDraftKey } from './kept-drafts';
import { dateInputValue, parseDateInput } from './local-time';
import { send } from './messages';
import './follow-through.css';
import { escapeCloses } from './escape-closes';

interface Props {
  contactUrl: string;
  /** An action item to change; without it the form adds a new one. */
  editing?: FollowUp;
  onSaved: () => void;
  onCancel: () => void;
}

/** "Send my portfolio by Friday": something the user promised, with the day it is due. */
export function ActionItemForm({ contactUrl, editing, onSaved, onCancel }: Props) {
  const keptKey = editing ? `edit|${editing.id}` : newFormDraftKey(contactUrl, 'action-item');
  const kept = keptDraft<{ title: string; date: string }>(keptKey);
  const [title, setTitleState] = useState(kept?.title ?? editing?.title ?? '');
  const [date, setDateState] = useState(
    () => kept?.date ?? dateInputValue(editing?.dueAt ?? Date.now() + DAY),
  );
  const setTitle = (value: string) => {
    setTitleState(value);
    keepDraft(keptKey, { title: value, date });
  };
  const setDate = (value: string) => {
    setDateState(value);
    keepDraft(keptKey, { title, date: value });
  };
  const [problem, setProblem] = useState<{ field: 'title' | 'date' | 'save'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const save = async (event: Event) => {
    event.preventDefault();
    const text = title.trim();
    const dueAt = parseDateInput(date);
    if (!text) return setProblem({ field: 'title', text: 'Say what you will do.' });
    if (text.length > 1000) return setProblem({ field: 'title', text: 'Keep it under 1,000 characters.' });
    if (dueAt === undefined) return setProblem({ field: 'date', text: 'Choose the day it is due.' });
    setBusy(true);
    setProblem(undefined);
    try {
      await send('ui:saveActionItem', {
        contactUrl,
        title: text,
        dueAt,
        ...(editing ? { id: editing.id } : {}),
      });
      announceFollowUpsChanged();
      forgetDraft(keptKey);
      onSaved();
    } catch (e) {
      setProblem({ field: 'save', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const invalid = (field: 'title' | 'date') => (problem?.field === field ? true : undefined);
  const heading = editing ? 'Edit action item' : 'Add action item';
  return (
    <form
      class="interaction-form"
      onSubmit={(e) => void save(e)}
      noValidate
      onKeyDown={escapeCloses(onCancel)}
      aria-label={heading}
    >
      <p class="ix-title">{heading}</p>
      <div class="ix-fields">
        <div class="ix-field ix-note">
          <label for={`${id}-title`}>What will you do?</label>
          <input
            id={`${id}-title`}
            ref={first}
            value={title}
            placeholder="Send my portfolio"
            aria-invalid={invalid('title')}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </div>
        <div class="ix-field">
          <label for={`${id}-date`}>Due date</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            aria-invalid={invalid('date')}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
        </div>
      </div>
      {problem && (
        <p role="alert" class="error">
          {problem.text}
        </p>
      )}
      <FormButtons
        label={editing ? 'Save changes' : 'Add'}
        busy={busy}
        onCancel={() => {
          forgetDraft(keptKey);
          onCancel();
        }}
      />
    </form>
  );
}
