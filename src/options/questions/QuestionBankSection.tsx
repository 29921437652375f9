import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings';
import { useFormDraft } from '../../ui/forms/use-form-draft';
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

interface Props {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

const sameTexts = (rows: BankRow[], saved: BankRow[]) =>
  sameBank(
    rows.map((row) => row.text),
    saved.map((row) => row.text),
  );

/** The user's own questions, offered with the suggestions on every profile. */
export function QuestionBankSection({ settings, onSaved }: Props) {
  // Saved elsewhere (another tab, "This is me"): shown, unless the user is in the middle of an edit.
  const savedRows = useMemo(() => toRows(settings.questionBank), [settings.questionBank]);
  const form = useFormDraft<BankRow[]>('question-bank', savedRows, sameTexts);
  const { draft: rows, dirty, busy, status, discard } = form;
  const [adding, setAdding] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<{ key: number; action: string } | undefined>(undefined);
  const id = useId();

  const setRows = (next: BankRow[]) => form.edit(() => next);

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
    setRows([...rows, newRow(adding.trim(), rows)]);
    setAdding('');
  };

  const save = async (event: Event) => {
    event.preventDefault();
    await form.save(async () => {
      const saved = await send('ui:saveSettings', {
        settings: { ...settings, questionBank: fromRows(rows) },
      });
      onSaved(saved);
      return toRows(saved.questionBank);
    }, 'Saved. These questions now show for every person.');
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
