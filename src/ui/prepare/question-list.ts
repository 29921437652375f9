import {
  type ArrangedQuestion,
  addQuestion,
  emptyQuestionState,
} from '../../core/questions/arrange-questions';
import { QUESTION_GROUPS } from '../../core/questions/questions';
import type { QuestionArrangement } from '../../shared/contact';

/** How the popup groups questions: pinned ones first, then the order an interview runs. */
export type QuestionSection = ArrangedQuestion['group'] | 'pinned';

export const SECTION_LABELS: Record<QuestionSection, string> = {
  pinned: 'Pinned',
  'their-path': 'Their path',
  'their-role': 'Their role',
  'the-field': 'The field',
  'advice-for-me': 'Advice for me',
  'my-obstacles': 'My obstacles',
  'who-else': 'Who else',
  'my-questions': 'My questions',
};

const SECTION_ORDER: readonly QuestionSection[] = ['pinned', ...QUESTION_GROUPS, 'my-questions'];

export interface QuestionGroupView {
  section: QuestionSection;
  label: string;
  questions: ArrangedQuestion[];
}

/** A saved arrangement may predate a field; every field is filled so the UI never checks. */
export function normalizeArrangement(saved: Partial<QuestionArrangement> | undefined): QuestionArrangement {
  return { ...emptyQuestionState(), ...saved };
}

export function sectionOf(question: ArrangedQuestion): QuestionSection {
  return question.pinned ? 'pinned' : question.group;
}

/** The arranged list cut into its sections, each keeping the arranged order; empty sections are left out. */
export function groupQuestions(list: readonly ArrangedQuestion[]): QuestionGroupView[] {
  return SECTION_ORDER.map((section) => ({
    section,
    label: SECTION_LABELS[section],
    questions: list.filter((question) => sectionOf(question) === section),
  })).filter((group) => group.questions.length > 0);
}

/**
 * Moves a question one place up or down within its section. The whole shown order is written back, so
 * the arrangement keeps meaning the same thing when suggestions later appear or disappear; ids not shown
 * (hidden ones) keep their earlier place after it.
 */
export function moveQuestion(
  state: QuestionArrangement,
  list: readonly ArrangedQuestion[],
  id: string,
  direction: -1 | 1,
): QuestionArrangement {
  const question = list.find((q) => q.id === id);
  if (!question) return state;
  const siblings = list.filter((q) => sectionOf(q) === sectionOf(question));
  const neighbour = siblings[siblings.indexOf(question) + direction];
  if (!neighbour) return state;
  const ids = list.map((q) => q.id);
  const from = ids.indexOf(id);
  const to = ids.indexOf(neighbour.id);
  ids[from] = neighbour.id;
  ids[to] = id;
  const shown = new Set(ids);
  return { ...state, order: [...ids, ...state.order.filter((other) => !shown.has(other))] };
}

export function canMove(list: readonly ArrangedQuestion[], id: string, direction: -1 | 1): boolean {
  const question = list.find((q) => q.id === id);
  if (!question) return false;
  const siblings = list.filter((q) => sectionOf(q) === sectionOf(question));
  return siblings[siblings.indexOf(question) + direction] !== undefined;
}

export function togglePin(state: QuestionArrangement, id: string): QuestionArrangement {
  const pinned = state.pinned.includes(id) ? state.pinned.filter((p) => p !== id) : [...state.pinned, id];
  return { ...state, pinned };
}

export function hideQuestion(state: QuestionArrangement, id: string): QuestionArrangement {
  return state.hidden.includes(id) ? state : { ...state, hidden: [...state.hidden, id] };
}

export function showQuestion(state: QuestionArrangement, id: string): QuestionArrangement {
  return { ...state, hidden: state.hidden.filter((h) => h !== id) };
}

/**
 * Rewords a question. Blank text, or the words it started with, removes the edit, so "edited" always
 * means the user's words differ from the suggestion.
 */
export function editQuestion(
  state: QuestionArrangement,
  id: string,
  text: string,
  original: string,
): QuestionArrangement {
  const { [id]: _previous, ...edited } = state.edited;
  const trimmed = text.trim();
  if (trimmed && trimmed !== original.trim()) edited[id] = trimmed;
  return { ...state, edited };
}

/** The user's own question for this person, added at the end of "My questions". */
export function addOwnQuestion(state: QuestionArrangement, text: string): QuestionArrangement {
  return addQuestion(state, text);
}

/** A question the user added for this person is deleted outright, with everything that pointed at it. */
export function deleteOwnQuestion(state: QuestionArrangement, id: string): QuestionArrangement {
  const { [id]: _edit, ...edited } = state.edited;
  return {
    ...state,
    added: state.added.filter((q) => q.id !== id),
    pinned: state.pinned.filter((p) => p !== id),
    order: state.order.filter((o) => o !== id),
    hidden: state.hidden.filter((h) => h !== id),
    edited,
  };
}

/** The questions as plain text for notes or an email: each section's name, then its questions numbered. */
export function questionsAsText(groups: readonly QuestionGroupView[]): string {
  let n = 0;
  return groups
    .map((group) => [group.label, ...group.questions.map((q) => `${++n}. ${q.text}`)].join('\n'))
    .join('\n\n');
}
