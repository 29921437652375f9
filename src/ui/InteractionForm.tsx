import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Interaction, InteractionKind } from '../shared/interaction';
import { errorText } from './errors';
import { FormButtons } from './FormButtons';
import { INTERACTION_LABELS } from './follow-through-labels';
import {
  type DraftField,
  draftFrom,
  fieldsFor,
  type InteractionDraft,
  type Logged,
  meetingChoiceLabel,
  newDraft,
  pendingMeetings,
  readDraft,
} from './interaction-draft';
import { forgetDraft, keepDraft, keptDraft, newFormDraftKey } from './kept-drafts';
import { send } from './messages';
import './follow-through.css';
import { escapeCloses } from './escape-closes';

interface Props {
  contactUrl: string;
  kind: InteractionKind;
  /** This person's interactions: a meeting held is linked to the scheduled meeting it fulfils. */
  interactions: readonly Interaction[];
  /** The interaction to edit; without it the form logs a new one. */
  editing?: Interaction;
  onSaved: (saved: Interaction) => void;
  onCancel: () => void;
}

const LABELS: Record<DraftField, string> = {
  at: 'When',
  note: 'Note (optional)',
  meetingAt: 'Date and time',
  minutes: 'Length (minutes)',
  where: 'Place or channel (optional)',
  referralName: 'Who did they suggest?',
  referralUrl: 'Their LinkedIn address (optional)',
  scheduledId: 'Which planned meeting was this?',
};

const PLACEHOLDERS: Partial<Record<DraftField, string>> = {
  where: 'Zoom, phone, a café…',
  referralName: 'Priya Shah',
  referralUrl: 'https://www.linkedin.com/in/…',
};

function labelFor(kind: InteractionKind, field: DraftField): string {
  if (field === 'note' && kind === 'note') return 'Note';
  if (field === 'note' && kind === 'meeting-held') return 'What did you learn? (kept in your journal)';
  return LABELS[field];
}

/**
 * Logs one thing that happened with a person, or edits it. Used in the popup and on the contact page.
 * What the user typed stays in the form until the background has saved it: a failed save shows why
 * and leaves every field as it was.
 */
export function InteractionForm({ contactUrl, kind, interactions, editing, onSaved, onCancel }: Props) {
  const pending = useMemo(
    () => pendingMeetings(interactions.filter((i) => i.id !== editing?.id)),
    [interactions, editing],
  );
  const keptKey = editing ? `edit|${editing.id}` : newFormDraftKey(contactUrl, kind);
  const [draft, setDraft] = useState<InteractionDraft>(
    () =>
      keptDraft<InteractionDraft>(keptKey) ??
      (editing ? draftFrom(editing) : newDraft(kind, Date.now(), pending)),
  );
  const [problems, setProblems] = useState<Partial<Record<DraftField, string>>>({});
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  const first = useRef<HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  const fields = fieldsFor(kind, pending.length > 0);
  const edit = (field: DraftField, value: string) => {
    setDraft((d) => {
      const next = { ...d, [field]: value };
      keepDraft(keptKey, next);
      return next;
    });
    setProblems((p) => ({ ...p, [field]: undefined }));
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const keepAt = editing?.kind === 'meeting-scheduled' ? editing.at : undefined;
    const result = readDraft(kind, draft, pending, Date.now(), keepAt);
    if (!result.ok) {
      setProblems(result.problems);
      setError('Check the highlighted fields.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const saved = editing
        ? await send('ui:updateInteraction', { interaction: edited(editing, result.value, pending) })
        : await send('ui:logInteraction', { contactUrl, kind, ...result.value });
      forgetDraft(keptKey);
      onSaved(saved);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const control = (field: DraftField, index: number) => {
    const fieldId = `${id}-${field}`;
    const problem = problems[field];
    const common = {
      id: fieldId,
      ref: index === 0 ? first : undefined,
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': problem ? `${fieldId}-problem` : undefined,
    };
    let input: preact.JSX.Element;
    if (field === 'note') {
      input = (
        <textarea
          {...common}
          rows={kind === 'note' || kind === 'meeting-held' ? 4 : 2}
          value={draft.note}
          onInput={(e) => edit('note', e.currentTarget.value)}
        />
      );
    } else if (field === 'scheduledId') {
      input = (
        <select
          {...common}
          value={draft.scheduledId}
          onChange={(e) => edit('scheduledId', e.currentTarget.value)}
        >
          {pending.map((m) => (
            <option key={m.id} value={m.id}>
              {meetingChoiceLabel(m)}
            </option>
          ))}
          <option value="">Not one I scheduled in Rapport</option>
        </select>
      );
    } else if (field === 'at' || field === 'meetingAt') {
      input = (
        <input
          {...common}
          type="datetime-local"
          value={draft[field]}
          onInput={(e) => edit(field, e.currentTarget.value)}
        />
      );
    } else if (field === 'minutes') {
      input = (
        <input
          {...common}
          type="number"
          min={1}
          max={1440}
          step={1}
          inputMode="numeric"
          value={draft.minutes}
          onInput={(e) => edit('minutes', e.currentTarget.value)}
        />
      );
    } else if (field === 'referralUrl') {
      input = (
        <input
          {...common}
          type="url"
          value={draft.referralUrl}
          placeholder={PLACEHOLDERS.referralUrl}
          onInput={(e) => edit('referralUrl', e.currentTarget.value)}
        />
      );
    } else {
      input = (
        <input
          {...common}
          type="text"
          value={draft[field]}
          placeholder={PLACEHOLDERS[field]}
          onInput={(e) => edit(field, e.currentTarget.value)}
        />
      );
    }
    return (
      <div class={`ix-field ix-${field}`} key={field}>
        <label for={fieldId}>{labelFor(kind, field)}</label>
        {input}
        {problem && (
          <span id={`${fieldId}-problem`} class="error small">
            {problem}
          </span>
        )}
      </div>
    );
  };

  const title = `${editing ? 'Edit' : 'Log'}: ${INTERACTION_LABELS[kind]}`;
  return (
    <form
      class="interaction-form"
      onSubmit={(e) => void save(e)}
      noValidate
      onKeyDown={escapeCloses(onCancel)}
      aria-label={title}
    >
      <p class="ix-title">{title}</p>
      <div class="ix-fields">{fields.map(control)}</div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <FormButtons
        label={editing ? 'Save changes' : 'Log it'}
        busy={busy}
        onCancel={() => {
          forgetDraft(keptKey);
          onCancel();
        }}
      />
    </form>
  );
}

/**
 * The edited interaction. Fields the form does not show are kept. A meeting held keeps the planned
 * times of the meeting it fulfils as its own, so its thank-you clock does not move if the link to that
 * meeting is not carried through the update.
 */
function edited(original: Interaction, value: Logged, pending: readonly Interaction[]): Interaction {
  const { note: _n, meeting: _m, referral: _r, scheduledId: _s, ...kept } = original;
  const next: Interaction = { ...kept, ...value };
  if (original.kind === 'meeting-held') {
    const linked = pending.find((i) => i.id === value.scheduledId)?.meeting;
    const meeting = linked ?? original.meeting;
    if (meeting) next.meeting = meeting;
  }
  return next;
}
