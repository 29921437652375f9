import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ArrangedQuestion } from '../../core/questions/arrange-questions';

export type QuestionAction = 'up' | 'down' | 'pin' | 'edit' | 'hide';

interface Props {
  question: ArrangedQuestion;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (direction: -1 | 1) => void;
  onTogglePin: () => void;
  onEdit: (text: string) => void;
  /** Hides a suggestion; deletes a question the user added for this person. */
  onHide: () => void;
}

/** One question, with the buttons that arrange it; "Edit" turns the text into a field in place. */
export function QuestionRow({
  question,
  canMoveUp,
  canMoveDown,
  onMove,
  onTogglePin,
  onEdit,
  onHide,
}: Props) {
  const [editing, setEditing] = useState<string | undefined>();
  const fieldId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Keyboard users land in the field when it opens, and back on "Edit" when it closes.
  useEffect(() => {
    if (editing !== undefined && !wasEditing.current) field.current?.focus();
    if (editing === undefined && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing !== undefined;
  }, [editing]);

  const finish = (save: boolean) => {
    if (save && editing !== undefined) onEdit(editing);
    setEditing(undefined);
  };

  return (
    <li class={question.pinned ? 'question pinned' : 'question'} data-question-id={question.id}>
      {editing === undefined ? (
        <p class="question-text" title={question.reason}>
          {question.text}
          {question.edited && <span class="muted small"> (edited)</span>}
        </p>
      ) : (
        <form
          class="question-edit"
          onSubmit={(e) => {
            e.preventDefault();
            finish(true);
          }}
        >
          <label for={fieldId} class="visually-hidden">
            Edit question
          </label>
          <textarea
            id={fieldId}
            ref={field}
            rows={3}
            maxLength={2000}
            value={editing}
            onInput={(e) => setEditing(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                finish(false);
              } else if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                finish(true);
              }
            }}
          />
          <div class="question-tools">
            <button type="submit" class="primary">
              Save
            </button>
            <button type="button" onClick={() => finish(false)}>
              Cancel
            </button>
            {question.edited && (
              <span class="muted small">Leave it blank to go back to the suggested words.</span>
            )}
          </div>
        </form>
      )}
      {editing === undefined && (
        <div class="question-tools">
          <button
            type="button"
            data-action="up"
            aria-label="Move up"
            title="Move up"
            disabled={!canMoveUp}
            onClick={() => onMove(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            data-action="down"
            aria-label="Move down"
            title="Move down"
            disabled={!canMoveDown}
            onClick={() => onMove(1)}
          >
            ↓
          </button>
          <button type="button" data-action="pin" onClick={onTogglePin}>
            {question.pinned ? 'Unpin' : 'Pin'}
          </button>
          <button type="button" data-action="edit" ref={editButton} onClick={() => setEditing(question.text)}>
            Edit
          </button>
          <button type="button" data-action="hide" onClick={onHide}>
            {question.source === 'added' ? 'Delete' : 'Hide'}
          </button>
        </div>
      )}
    </li>
  );
}
