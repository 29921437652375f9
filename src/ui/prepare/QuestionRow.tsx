import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ArrangedQuestion } from '../../core/questions/arrange-questions';
import { ActionMenu, type MenuItem } from '../ActionMenu';

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
  /** Whether this row's actions menu is open: the list's to keep, as a pinned row is drawn anew on top. */
  menuOpen: boolean;
  onMenu: (open: boolean) => void;
}

/**
 * One question, with a menu of what arranges it (one tab stop a row); "Edit" turns the text into a field in
 * place.
 */
export function QuestionRow({
  question,
  canMoveUp,
  canMoveDown,
  onMove,
  onTogglePin,
  onEdit,
  onHide,
  menuOpen,
  onMenu,
}: Props) {
  const [editing, setEditing] = useState<string | undefined>();
  const fieldId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const row = useRef<HTMLLIElement>(null);
  const wasEditing = useRef(false);

  // Keyboard users land in the field when it opens, and back on the row's menu button when it closes.
  useEffect(() => {
    if (editing !== undefined && !wasEditing.current) field.current?.focus();
    if (editing === undefined && wasEditing.current)
      row.current?.querySelector<HTMLElement>('[aria-haspopup="menu"]')?.focus();
    wasEditing.current = editing !== undefined;
  }, [editing]);

  const actions: MenuItem[] = [
    { action: 'up', label: 'Move up', disabled: !canMoveUp, keepOpen: true, onSelect: () => onMove(-1) },
    { action: 'down', label: 'Move down', disabled: !canMoveDown, keepOpen: true, onSelect: () => onMove(1) },
    { action: 'pin', label: question.pinned ? 'Unpin' : 'Pin', keepOpen: true, onSelect: onTogglePin },
    { action: 'edit', label: 'Edit', onSelect: () => setEditing(question.text) },
    { action: 'hide', label: question.source === 'added' ? 'Delete' : 'Hide', onSelect: onHide },
  ];

  const finish = (save: boolean) => {
    if (save && editing !== undefined) onEdit(editing);
    setEditing(undefined);
  };

  return (
    <li class={question.pinned ? 'question pinned' : 'question'} data-question-id={question.id} ref={row}>
      {editing === undefined ? (
        <div class="question-line">
          <p class="question-text" title={question.reason}>
            {question.text}
            {question.edited && <span class="muted small"> (edited)</span>}
          </p>
          <ActionMenu label="Question actions" open={menuOpen} onOpenChange={onMenu} items={actions} />
        </div>
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
    </li>
  );
}
