import type { QuestionArrangement } from '../../shared/contact';
import type { ProfileSnapshot } from '../../shared/profile';
import { foldedWords } from '../names/fold-text';
import { contentId } from '../profile/content-id';
import { isAnswerableFromProfile } from './answerable-questions';
import type { QuestionGroup, SuggestedQuestion } from './questions';

/**
 * What the user has done to one contact's questions, as stored with the contact: ids pinned first,
 * edited text by id (blank means not edited), the user's order (anything unlisted follows in its
 * natural order), questions added for this contact only, and hidden ids.
 */
export type QuestionState = Omit<QuestionArrangement, 'hidden'> & { hidden?: string[] };

export type QuestionSource = 'suggested' | 'bank' | 'added';

export interface ArrangedQuestion {
  id: string;
  /** 'my-questions' for the user's bank and their own additions. */
  group: QuestionGroup | 'my-questions';
  text: string;
  reason?: string;
  source: QuestionSource;
  pinned: boolean;
  edited: boolean;
}

export function emptyQuestionState(): QuestionArrangement {
  return { pinned: [], edited: {}, order: [], added: [], hidden: [] };
}

/** Bank questions are identified by what they say, so editing the bank text makes a new question. */
export function bankQuestionId(text: string): string {
  return `bank/${contentId(text)}`;
}

/** Adds a question of the user's own, with an id no other question in the state has. */
export function addQuestion<State extends QuestionState>(state: State, text: string): State {
  const trimmed = text.trim();
  if (!trimmed) return state;
  const base = `added/${contentId(trimmed)}`;
  const taken = new Set(state.added.map((question) => question.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return { ...state, added: [...state.added, { id, text: trimmed }] };
}

function sameWords(a: string, b: string): boolean {
  return foldedWords(a).join(' ') === foldedWords(b).join(' ');
}

/**
 * The list the UI shows: suggestions, then the user's bank, then their own additions, with hidden
 * ones removed, edits applied, the user's order followed and pinned questions first. Bank questions
 * that repeat a suggestion, or that the profile already answers (when `them` is given), are left out.
 * Ids in the state that no longer exist are ignored, so stale state never breaks the list.
 */
export function arrangeQuestions(
  suggested: readonly SuggestedQuestion[],
  state: QuestionState,
  bank: readonly string[],
  them?: ProfileSnapshot,
): ArrangedQuestion[] {
  const natural: Omit<ArrangedQuestion, 'pinned' | 'edited'>[] = suggested.map((question) => ({
    ...question,
    source: 'suggested' as const,
  }));
  for (const text of bank) {
    const trimmed = text.trim();
    if (!trimmed || natural.some((question) => sameWords(question.text, trimmed))) continue;
    if (them && isAnswerableFromProfile(trimmed, them)) continue;
    natural.push({ id: bankQuestionId(trimmed), group: 'my-questions', text: trimmed, source: 'bank' });
  }
  for (const question of state.added) {
    const trimmed = question.text.trim();
    if (!trimmed || natural.some((existing) => existing.id === question.id)) continue;
    natural.push({ id: question.id, group: 'my-questions', text: trimmed, source: 'added' });
  }

  const hidden = new Set(state.hidden ?? []);
  const pinned = new Set(state.pinned);
  const visible = natural
    .filter((question) => !hidden.has(question.id))
    .map((question): ArrangedQuestion => {
      const edit = state.edited[question.id]?.trim();
      return {
        ...question,
        text: edit || question.text,
        pinned: pinned.has(question.id),
        edited: Boolean(edit) && edit !== question.text,
      };
    });

  const rank = new Map<string, number>();
  for (const id of state.order) if (!rank.has(id)) rank.set(id, rank.size);
  const position = (question: ArrangedQuestion, index: number) => rank.get(question.id) ?? rank.size + index;
  return visible
    .map((question, index) => ({ question, at: position(question, index) }))
    .sort((a, b) => Number(b.question.pinned) - Number(a.question.pinned) || a.at - b.at)
    .map((entry) => entry.question);
}
