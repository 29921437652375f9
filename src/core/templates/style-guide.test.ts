import { describe, expect, it } from 'vitest';
import { me, person, study } from '../../../tests/support/prepare-fixtures';
import { findCommonGround } from '../common-ground/common-ground';
import { checkHook, checkQuestion, checkText, durationsIn } from './style-guide';

const rules = (problems: { rule: string }[]) => problems.map((problem) => problem.rule);

describe('checkQuestion', () => {
  it.each([
    ['What do people often misunderstand about working in backend engineering?', []],
    ['Which AWS services, UX methods or Python tools do you use most?', []],
    ['What did you do at Northwind Health?', [], ['Northwind Health']],
    ['You mentioned “Not sure how to get past resume screens” — what would you do in my place?', []],
    ['What do people often misunderstand about working in Backend engineering?', ['mid-sentence-capital']],
    ['What would you do in my place', ['question-mark']],
    ['what would you do?', ['capital-start']],
    ['What would you do  in my place?', ['spacing']],
    ['What would you do ?', ['spacing']],
    ['What did you study () at Leeds?', ['empty-brackets'], ['Leeds']],
    ['What did you study “” at Leeds?', ['empty-brackets'], ['Leeds']],
    ['What did you study at {{them.school}}?', ['leftover']],
    ['What took you from undefined to Berlin?', ['leftover'], ['Berlin']],
  ] as [string, string[], string[]?][])('%s', (text, expected, names = []) => {
    expect(rules(checkQuestion(text, { properNames: names }))).toEqual(expected);
  });
});

describe('checkText: one duration everywhere', () => {
  it('finds every way of writing a call length', () => {
    expect(durationsIn('15 minutes, 15–20 minutes, a 20-minute call, 10 to 15 mins')).toEqual([
      '15 minutes',
      '15–20 minutes',
      '20-minute',
      '10 to 15 mins',
    ]);
  });

  it('holds a subject and body to the length the user chose', () => {
    const email = '15 minutes of advice on UX research?\nWould you have 15–20 minutes for a call?';
    expect(checkText(email, { minutes: 15 })).toEqual([{ rule: 'duration', at: '15–20 minutes' }]);
    expect(checkText('Would you have 20 minutes?', { minutes: 20 })).toEqual([]);
  });
});

describe('the email’s hook', () => {
  const shared = findCommonGround(
    me({ education: [study('University of Leeds')], skills: ['Git'] }),
    person({ education: [study('University of Leeds')], skills: ['Git'] }),
  );

  it('is the school they share, never the skill', () => {
    expect(checkHook(shared)).toEqual([]);
  });

  it('flags an email that mentions anything but the hook', () => {
    const text =
      'I noticed we both studied at the University of Leeds, and we both have experience with Git.';
    const problems = checkText(text, { commonGround: shared, properNames: ['University of Leeds', 'Git'] });
    expect(rules(problems)).toEqual(['hook']);
  });
});
