import { describe, expect, it } from 'vitest';
import {
  type ArrangedQuestion,
  arrangeQuestions,
  emptyQuestionState,
} from '../../core/questions/arrange-questions';
import type { SuggestedQuestion } from '../../core/questions/questions';
import type { QuestionArrangement } from '../../shared/contact';
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

const SUGGESTED: SuggestedQuestion[] = [
  { id: 'their-path/a', group: 'their-path', text: 'Path A?' },
  { id: 'their-path/b', group: 'their-path', text: 'Path B?' },
  { id: 'their-role/c', group: 'their-role', text: 'Role C?' },
  { id: 'who-else/d', group: 'who-else', text: 'Who else D?' },
];

const arrange = (state: QuestionArrangement, bank: string[] = []): ArrangedQuestion[] =>
  arrangeQuestions(SUGGESTED, state, bank);
const ids = (list: ArrangedQuestion[]) => list.map((q) => q.id);

describe('question list', () => {
  it('groups by section in interview order, pinned first, empty sections left out', () => {
    const state = togglePin(emptyQuestionState(), 'who-else/d');
    const groups = groupQuestions(arrange(state, ['Mine?']));
    expect(groups.map((g) => [g.label, g.questions.map((q) => q.text)])).toEqual([
      ['Pinned', ['Who else D?']],
      ['Their path', ['Path A?', 'Path B?']],
      ['Their role', ['Role C?']],
      ['My questions', ['Mine?']],
    ]);
  });

  it('moves a question within its section only, and keeps the move when re-arranged', () => {
    const state = emptyQuestionState();
    const list = arrange(state);
    expect(canMove(list, 'their-path/a', -1)).toBe(false);
    expect(canMove(list, 'their-path/b', 1)).toBe(false);
    expect(canMove(list, 'their-role/c', -1)).toBe(false);
    const moved = moveQuestion(state, list, 'their-path/b', -1);
    expect(ids(arrange(moved))).toEqual(['their-path/b', 'their-path/a', 'their-role/c', 'who-else/d']);
    expect(moveQuestion(state, list, 'their-role/c', -1)).toBe(state);
  });

  it('moves pinned questions among the pinned', () => {
    let state = togglePin(togglePin(emptyQuestionState(), 'their-role/c'), 'who-else/d');
    state = moveQuestion(state, arrange(state), 'who-else/d', -1);
    expect(ids(arrange(state)).slice(0, 2)).toEqual(['who-else/d', 'their-role/c']);
    state = togglePin(state, 'who-else/d');
    expect(arrange(state).find((q) => q.id === 'who-else/d')?.pinned).toBe(false);
  });

  it('keeps the place of hidden questions when moving others', () => {
    let state = hideQuestion({ ...emptyQuestionState(), order: ['their-path/a'] }, 'their-path/a');
    state = moveQuestion(state, arrange(state), 'their-role/c', 1);
    expect(state.order.at(-1)).toBe('their-path/a');
    expect(ids(arrange(showQuestion(state, 'their-path/a')))).toContain('their-path/a');
  });

  it('records an edit only when the words differ from the original', () => {
    const state = editQuestion(emptyQuestionState(), 'their-path/a', '  What took you there?  ', 'Path A?');
    expect(state.edited).toEqual({ 'their-path/a': 'What took you there?' });
    expect(editQuestion(state, 'their-path/a', 'Path A?', 'Path A?').edited).toEqual({});
    expect(editQuestion(state, 'their-path/a', '   ', 'Path A?').edited).toEqual({});
  });

  it('adds and deletes the user’s own questions with everything pointing at them', () => {
    const added = addOwnQuestion(emptyQuestionState(), 'Can I shadow you?');
    const id = added.added[0]?.id ?? '';
    const busy = editQuestion(togglePin({ ...added, order: [id] }, id), id, 'Could I shadow you?', 'x');
    expect(deleteOwnQuestion(busy, id)).toEqual(emptyQuestionState());
  });

  it('fills in fields a saved arrangement lacks', () => {
    expect(normalizeArrangement({ pinned: ['x'] } as Partial<QuestionArrangement>)).toEqual({
      ...emptyQuestionState(),
      pinned: ['x'],
    });
    expect(normalizeArrangement(undefined)).toEqual(emptyQuestionState());
  });

  it('copies as plain text, numbered across sections', () => {
    const text = questionsAsText(groupQuestions(arrange(emptyQuestionState())));
    expect(text).toBe(
      [
        'Their path',
        '1. Path A?',
        '2. Path B?',
        '',
        'Their role',
        '3. Role C?',
        '',
        'Who else',
        '4. Who else D?',
      ].join('\n'),
    );
  });
});
