import { describe, expect, it } from 'vitest';
import { person, study } from '../../../tests/support/prepare-fixtures';
import {
  addQuestion,
  arrangeQuestions,
  bankQuestionId,
  emptyQuestionState,
  type QuestionState,
} from './arrange-questions';
import type { SuggestedQuestion } from './questions';

const suggested: SuggestedQuestion[] = [
  {
    id: 'their-path/transition',
    group: 'their-path',
    text: 'What made you move into UX?',
    reason: 'Teacher → UX',
  },
  { id: 'their-role/typical-week', group: 'their-role', text: 'What does a typical week look like?' },
  { id: 'who-else/recommend', group: 'who-else', text: 'Who else would you recommend I talk to?' },
];

function state(overrides: Partial<QuestionState> = {}): QuestionState {
  return { ...emptyQuestionState(), ...overrides };
}

const ids = (list: { id: string }[]) => list.map((question) => question.id);

describe('arrangeQuestions', () => {
  it('lists suggestions, then the bank, then the user’s own, untouched by default', () => {
    const withAdded = addQuestion(state(), 'Can I shadow you for a day?');
    const list = arrangeQuestions(suggested, withAdded, ['How do you handle stakeholder pushback?']);
    expect(list.map((question) => [question.source, question.group, question.text])).toEqual([
      ['suggested', 'their-path', 'What made you move into UX?'],
      ['suggested', 'their-role', 'What does a typical week look like?'],
      ['suggested', 'who-else', 'Who else would you recommend I talk to?'],
      ['bank', 'my-questions', 'How do you handle stakeholder pushback?'],
      ['added', 'my-questions', 'Can I shadow you for a day?'],
    ]);
    expect(list[0]).toMatchObject({ reason: 'Teacher → UX', pinned: false, edited: false });
  });

  it('follows the user’s order, then puts pinned questions first', () => {
    const list = arrangeQuestions(
      suggested,
      state({ order: ['who-else/recommend', 'their-path/transition'], pinned: ['their-role/typical-week'] }),
      [],
    );
    expect(ids(list)).toEqual(['their-role/typical-week', 'who-else/recommend', 'their-path/transition']);
    expect(list[0]?.pinned).toBe(true);
  });

  it('applies edits, ignoring blank ones and edits that change nothing', () => {
    const list = arrangeQuestions(
      suggested,
      state({
        edited: {
          'their-path/transition': 'What made you leave teaching?',
          'their-role/typical-week': '   ',
          'who-else/recommend': 'Who else would you recommend I talk to?',
        },
      }),
      [],
    );
    expect(list.map((question) => [question.text, question.edited])).toEqual([
      ['What made you leave teaching?', true],
      ['What does a typical week look like?', false],
      ['Who else would you recommend I talk to?', false],
    ]);
  });

  it('hides what the user hid, including their own and bank questions', () => {
    const bank = ['How do you measure success?'];
    const withAdded = addQuestion(state(), 'Mine');
    const hidden = [suggested[0]!.id, bankQuestionId(bank[0]!), withAdded.added[0]!.id];
    expect(ids(arrangeQuestions(suggested, { ...withAdded, hidden }, bank))).toEqual([
      'their-role/typical-week',
      'who-else/recommend',
    ]);
  });

  it('drops bank questions that repeat a suggestion, repeat each other, or that the profile answers', () => {
    const them = person({ education: [study('University of Leeds')] });
    const bank = ['who else would you recommend I talk to', 'Where did you study?', 'Why UX?', 'why ux', ''];
    const list = arrangeQuestions(suggested, state(), bank, them);
    expect(list.filter((question) => question.source === 'bank').map((question) => question.text)).toEqual([
      'Why UX?',
    ]);
  });

  it('ignores stale ids in the state and puts new suggestions after the ordered ones', () => {
    const list = arrangeQuestions(
      suggested,
      state({
        order: ['gone', 'who-else/recommend'],
        pinned: ['gone'],
        edited: { gone: 'x' },
        hidden: ['gone'],
      }),
      [],
    );
    expect(ids(list)).toEqual(['who-else/recommend', 'their-path/transition', 'their-role/typical-week']);
  });

  it('keeps bank ids stable and tied to the words', () => {
    expect(bankQuestionId('Why UX?')).toBe(bankQuestionId('why ux'));
    expect(bankQuestionId('Why UX?')).not.toBe(bankQuestionId('Why research?'));
  });
});

describe('addQuestion', () => {
  it('gives each added question its own id, even for the same text', () => {
    const twice = addQuestion(addQuestion(state(), 'Same?'), 'Same?');
    expect(new Set(twice.added.map((question) => question.id)).size).toBe(2);
  });

  it('ignores blank text and leaves the input state alone', () => {
    const before = state();
    expect(addQuestion(before, '  ')).toBe(before);
    addQuestion(before, 'New');
    expect(before.added).toEqual([]);
  });
});
