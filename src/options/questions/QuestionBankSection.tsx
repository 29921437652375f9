import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings';
import { errorText } from '../../ui/errors';
import { send } from '../../ui/messages';
import {
  BANK_LIMIT,
  type BankRow,
  fromRows,
  moveRow,
  newRow,
  QUESTION_MAX_LENGTH,
  sameBank,
  toRows,
} from './bank-draft';
import './questions.css';
import { StatusText } from '../../ui/StatusText';
import { useLeaveGuard } from '../../ui/use-leave-guard';

interface Props {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

// Kept for the life of the page, so visiting another section and coming back does not lose an edit.
let unsaved: BankRow[] | undefined;

/** The user's own questions, offered with the suggestions on every profile. */
export function QuestionBankSection({ settings, onSaved }: Props) {
  const [rows, setRowsState] = useState<BankRow[]>(() => unsaved ?? toRows(settings.questionBank));
  const [adding, setAdding] = useState('');
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<{ key: number; action: string } | undefined>(undefined);
  const id = useId();
  const dirty = !sameBank(
    rows.map((row) => row.text),
    settings.questionBank,
  );

  const setRows = (next: BankRow[]) => {
    unsaved = next;
    setRowsState(next);
    setStatus(undefined);
  };

  // Saved elsewhere (another tab, "This is me"): show it, unless the user is in the middle of an edit.
  useEffect(() => {
    if (!unsaved) setRowsState(toRows(settings.questionBank));
  }, [settings]);

  useLeaveGuard(dirty);

  // A moved row is placed anew, which drops keyboard focus: put it back on the same button.
  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = undefined;
    if (!target) return;
    const row = [...(listRef.current?.querySelectorAll<HTMLElement>('li') ?? [])].find(
      (li) => li.dataset.key === String(target.key),
    );
    const buttons = [...(row?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    (
      buttons.find((b) => b.dataset.action === target.action && !b.disabled) ??
      buttons.find((b) => !b.disabled)
    )?.focus();
  });

  const move = (key: number, direction: -1 | 1) => {
    focusAfter.current = { key, action: direction < 0 ? 'up' : 'down' };
    setRows(moveRow(rows, key, direction));
  };

  const add = (event: Event) => {
    event.preventDefault();
    if (!adding.trim() || rows.length >= BANK_LIMIT) return;
    setRows([...rows, newRow(adding.trim())]);
    setAdding('');
  };

  const discard = () => {
    unsaved = undefined;
    setRowsState(toRows(settings.questionBank));
    setStatus(undefined);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      const saved = await send('ui:saveSettings', {
        settings: { ...settings, questionBank: fromRows(rows) },
      });
      unsaved = undefined;
      setRowsState(toRows(saved.questionBank));
      setStatus({ kind: 'saved', text: 'Saved. These questions now show for every person.' });
      onSaved(saved);
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="question-bank" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>My questions</h2>
      <p class="muted">
        Questions you want to ask everyone. The popup lists them under “My questions” for each person, unless
        their profile already answers them.
      </p>
      {rows.length === 0 && <p class="muted">No questions of your own yet.</p>}
      <form onSubmit={(e) => void save(e)} aria-labelledby={`${id}-title`}>
        <ol class="bank-list" ref={listRef}>
          {rows.map((row, index) => (
            <li key={row.key} data-key={row.key}>
              <label for={`${id}-q${row.key}`} class="visually-hidden">
                Question {index + 1}
              </label>
              <textarea
                id={`${id}-q${row.key}`}
                rows={2}
                maxLength={QUESTION_MAX_LENGTH}
                value={row.text}
                onInput={(e) => {
                  const text = e.currentTarget.value;
                  setRows(rows.map((r) => (r.key === row.key ? { ...r, text } : r)));
                }}
              />
              <div class="bank-tools">
                <button
                  type="button"
                  data-action="up"
                  aria-label={`Move question ${index + 1} up`}
                  disabled={index === 0}
                  onClick={() => move(row.key, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  data-action="down"
                  aria-label={`Move question ${index + 1} down`}
                  disabled={index === rows.length - 1}
                  onClick={() => move(row.key, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Delete question ${index + 1}`}
                  onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ol>
        <div class="bank-add">
          <label class="field" for={`${id}-add`}>
            <span>Add a question</span>
            <input
              id={`${id}-add`}
              value={adding}
              maxLength={QUESTION_MAX_LENGTH}
              placeholder="What would you look for in someone joining your team?"
              onInput={(e) => setAdding(e.currentTarget.value)}
              onKeyDown={(e) => {
                // Enter adds the question rather than saving the whole list.
                if (e.key === 'Enter') add(e);
              }}
            />
          </label>
          <button type="button" disabled={!adding.trim() || rows.length >= BANK_LIMIT} onClick={add}>
            Add
          </button>
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={!dirty || busy}>
            {busy ? 'Saving…' : 'Save questions'}
          </button>
          {dirty && (
            <>
              <span class="muted">Unsaved changes</span>
              <button type="button" disabled={busy} onClick={discard}>
                Discard changes
              </button>
            </>
          )}
          <StatusText status={status} />
        </div>
      </form>
    </section>
  );
}
