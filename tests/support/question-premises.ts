// An oracle for the corpus test: reads a suggested question back against the profile it was built from
// and says what its premise claims that the profile does not support. Written apart from the code that
// builds the questions, so that it does not share that code's mistakes.
import { foldedWords } from '../../src/core/names/fold-text';
import { containsPlace, parsePlace } from '../../src/core/profile/places';
import { fieldOf } from '../../src/core/questions/career-fields';
import type { ProfileSnapshot } from '../../src/shared/profile';

const folded = (text: string) => foldedWords(text).join(' ');

function relocationProblems(question: string, them: ProfileSnapshot): string[] {
  const move = /^What took you from (.+) to (.+?), and /.exec(question);
  if (!move?.[1] || !move[2]) return [];
  const [from, to] = [move[1], move[2]];
  const problems: string[] = [];
  const titles = new Set(them.experience.map((position) => folded(position.title)));
  for (const name of [from, to]) {
    if (titles.has(folded(name))) problems.push(`a title read as a place: ${name}`);
    if (!parsePlace(name)) problems.push(`not a place: ${name}`);
  }
  const a = parsePlace(from);
  const b = parsePlace(to);
  if (folded(from) === folded(to)) problems.push('a move to where they were');
  if (a && b && (containsPlace(a, b) || containsPlace(b, a)))
    problems.push(`${from} and ${to} contain each other`);
  return problems;
}

function transitionProblems(question: string, them: ProfileSnapshot): string[] {
  const move = /move from (.+?) into (.+?), and /.exec(question);
  if (!move?.[1] || !move[2]) return [];
  const [from, to] = [move[1], move[2]];
  if (from === to) return [`a move from ${from} into itself`];
  // Two different roles, one in each field: a title with several parts is one role, not a move.
  const inField = (label: string) =>
    them.experience.filter((position) => fieldOf(position.title)?.label === label);
  const before = inField(from);
  const after = inField(to);
  if (before.length === 0 || after.length === 0) return [`no roles in ${from} and then ${to}`];
  if (before.every((position) => after.length === 1 && after[0] === position))
    return [`one role read as a move: ${from} → ${to}`];
  return [];
}

const EXCHANGE = /\b(exchange|erasmus|abroad|austausch\w*|auslandssemester)\b/i;
const DEGREE = /^(mba|phd|msc|ma|bsc|ba|bachelor|master|degree|diploma)\b/i;

function studyProblems(question: string, them: ProfileSnapshot): string[] {
  const back = /^What made you go back to study (?!at |for )(.+?)(?: for | at | after working)/.exec(
    question,
  );
  if (!back?.[1]) return [];
  const subject = back[1];
  const problems: string[] = [];
  if (EXCHANGE.test(subject)) problems.push(`an exchange read as a field: ${subject}`);
  if (DEGREE.test(subject)) problems.push(`a degree read as a field: ${subject}`);
  if (subject.includes(',')) problems.push(`a list read as one field: ${subject}`);
  const fields = them.education.map((study) => folded(study.field ?? ''));
  if (!fields.some((field) => field.includes(folded(subject))))
    problems.push(`not a field they studied: ${subject}`);
  return problems;
}

/** What the question claims about them that their profile contradicts; empty when it holds. */
export function premiseProblems(question: string, them: ProfileSnapshot): string[] {
  return [
    ...relocationProblems(question, them),
    ...transitionProblems(question, them),
    ...studyProblems(question, them),
  ];
}
