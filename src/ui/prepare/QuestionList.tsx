import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { CommonGround } from '../../core/common-ground/types';
import { type ArrangedQuestion, arrangeQuestions } from '../../core/questions/arrange-questions';
import { suggestQuestions } from '../../core/questions/questions';
import type { Contact, ContactPrep, QuestionArrangement } from '../../shared/contact';
import type { MyProfile } from '../../shared/settings';
import { errorText } from '../errors';
import { StatusText } from '../StatusText';
import { copyForUser } from './clipboard';
import { type QuestionAction, QuestionRow } from './QuestionRow';
import {
  addOwnQuestion,
  canMove,
  deleteOwnQuestion,
  editQuestion,
  groupQuestions,
  hideQuestion,
  moveQuestion,
  normalizeArrangement,
  questionsAsText,
  showQuestion,
  togglePin,
} from './question-list';

export interface QuestionListProps {
  contact: Contact;
  me: MyProfile;
  bank: readonly string[];
  commonGround: readonly CommonGround[];
  savePrep: (prep: ContactPrep) => Promise<void>;
}

type Status = { kind: 'ok'; text: string; undo?: QuestionArrangement } | { kind: 'error'; text: string };

export function QuestionList({ contact, me, bank, commonGround, savePrep }: QuestionListProps) {
  const [arrangement, setArrangement] = useState(() => normalizeArrangement(contact.prep?.questions));
  const [newQuestion, setNewQuestion] = useState('');
  const [status, setStatus] = useState<Status | undefined>();
  // Which row's actions menu is open, kept here: a pinned question is drawn anew in the Pinned group.
  const [menuFor, setMenuFor] = useState<string | undefined>();
  const listRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const focusAfter = useRef<{ id: string; action: QuestionAction } | 'status' | undefined>(undefined);
  const addId = useId();

  const suggested = useMemo(
    () => suggestQuestions(me, contact.profile, { commonGround }),
    [me, contact.profile, commonGround],
  );
  const list = arrangeQuestions(suggested, arrangement, bank, contact.profile);
  const groups = groupQuestions(list);
  const hidden = arrangeQuestions(suggested, { ...arrangement, hidden: [] }, bank, contact.profile).filter(
    (q) => arrangement.hidden.includes(q.id),
  );
  // The words each question had before any edit, so an edit back to them counts as no edit.
  const original = new Map(
    arrangeQuestions(suggested, { ...arrangement, edited: {}, hidden: [] }, bank, contact.profile).map(
      (q) => [q.id, q.text],
    ),
  );

  // A moved question is rendered anew in its new place, which takes keyboard focus away: put it back.
  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = undefined;
    if (target === 'status') statusRef.current?.focus();
    else if (target) {
      const row = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-question-id]') ?? [])].find(
        (el) => el.dataset.questionId === target.id,
      );
      // The same item when the row's menu is still open (a question moved up can move up again), else
      // the row's menu button.
      const items = [...(row?.querySelectorAll<HTMLButtonElement>('button[data-action]') ?? [])];
      const wanted = items.find((b) => b.dataset.action === target.action);
      (
        (wanted && !wanted.disabled ? wanted : items.find((b) => !b.disabled)) ??
        row?.querySelector<HTMLElement>('[aria-haspopup="menu"]')
      )?.focus();
    }
  });

  const update = (next: QuestionArrangement, after?: Status) => {
    setArrangement(next);
    setStatus(after);
    savePrep({ questions: next }).catch((e: unknown) =>
      setStatus({ kind: 'error', text: `Could not save your questions: ${errorText(e)}` }),
    );
  };

  const act = (question: ArrangedQuestion, action: QuestionAction, next: QuestionArrangement) => {
    focusAfter.current = { id: question.id, action };
    update(next);
  };

  const hide = (question: ArrangedQuestion) => {
    focusAfter.current = 'status';
    const added = question.source === 'added';
    update(added ? deleteOwnQuestion(arrangement, question.id) : hideQuestion(arrangement, question.id), {
      kind: 'ok',
      text: added ? 'Question deleted.' : 'Question hidden.',
      undo: arrangement,
    });
  };

  const add = (event: Event) => {
    event.preventDefault();
    if (!newQuestion.trim()) return;
    update(addOwnQuestion(arrangement, newQuestion), { kind: 'ok', text: 'Question added.' });
    setNewQuestion('');
  };

  const copy = async () => {
    const result = await copyForUser(questionsAsText(groups), 'the questions');
    setStatus({ kind: result.ok ? 'ok' : 'error', text: result.message });
  };

  let number = 0;
  return (
    <>
      <p class="muted small">
        {list.length} questions for {contact.name}, in the order a conversation runs. Pinned ones stay on top.
      </p>
      <div ref={listRef}>
        {groups.map((group) => {
          const start = number + 1;
          number += group.questions.length;
          return (
            <div key={group.section} class="question-group">
              <h4 id={`${addId}-${group.section}`}>{group.label}</h4>
              <ol start={start} aria-labelledby={`${addId}-${group.section}`}>
                {group.questions.map((question) => (
                  <QuestionRow
                    key={question.id}
                    question={question}
                    canMoveUp={canMove(list, question.id, -1)}
                    canMoveDown={canMove(list, question.id, 1)}
                    onMove={(direction) =>
                      act(
                        question,
                        direction < 0 ? 'up' : 'down',
                        moveQuestion(arrangement, list, question.id, direction),
                      )
                    }
                    onTogglePin={() => act(question, 'pin', togglePin(arrangement, question.id))}
                    onEdit={(text) =>
                      act(
                        question,
                        'edit',
                        editQuestion(
                          arrangement,
                          question.id,
                          text,
                          original.get(question.id) ?? question.text,
                        ),
                      )
                    }
                    onHide={() => hide(question)}
                    menuOpen={menuFor === question.id}
                    onMenu={(open) =>
                      setMenuFor((was) => (open ? question.id : was === question.id ? undefined : was))
                    }
                  />
                ))}
              </ol>
            </div>
          );
        })}
      </div>
      <form class="question-add" onSubmit={add}>
        <label for={addId}>Add a question of your own</label>
        <div class="question-add-row">
          <input
            id={addId}
            value={newQuestion}
            maxLength={2000}
            onInput={(e) => setNewQuestion(e.currentTarget.value)}
          />
          <button type="submit" disabled={!newQuestion.trim()}>
            Add
          </button>
        </div>
      </form>
      {hidden.length > 0 && (
        <details class="questions-hidden">
          <summary>Hidden ({hidden.length})</summary>
          <ul>
            {hidden.map((question) => (
              <li key={question.id}>
                <span>{question.text}</span>{' '}
                <button
                  type="button"
                  class="link"
                  onClick={() => update(showQuestion(arrangement, question.id))}
                >
                  Show again
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <div class="prepare-actions">
        <button type="button" onClick={() => void copy()} disabled={list.length === 0}>
          Copy questions
        </button>
      </div>
      {status && (
        <div class="prepare-status" ref={statusRef} tabIndex={-1}>
          <StatusText status={status} />
          {status.kind === 'ok' && status.undo && (
            <button type="button" class="link" onClick={() => status.undo && update(status.undo)}>
              Undo
            </button>
          )}
        </div>
      )}
    </>
  );
}
