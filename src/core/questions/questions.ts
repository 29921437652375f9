import type { ProfileSnapshot } from '../../shared/profile';
import { findCommonGround } from '../common-ground/common-ground';
import type { CommonGround, MyProfileLike } from '../common-ground/types';
import { foldedWords } from '../names/fold-text';
import { schoolInSentence } from '../names/org-names';
import { contentId } from '../profile/content-id';
import { currentPosition, longestTenure, relocation, returnToStudy } from '../profile/profile-facts';
import { studySubject } from '../profile/study-facts';
import { sentenceCase, withArticle } from '../templates/sentence-case';
import { isAnswerableFromProfile } from './answerable-questions';
import { fieldOf, transitionsOf } from './career-fields';
import { lowerFirst, obstacleQuestion } from './obstacle-questions';
import { roleInSentence } from './role-in-sentence';

export const QUESTION_GROUPS = [
  'their-path',
  'their-role',
  'the-field',
  'advice-for-me',
  'my-obstacles',
  'who-else',
] as const;
export type QuestionGroup = (typeof QUESTION_GROUPS)[number];

export interface SuggestedQuestion {
  /** Stable across re-captures: the kind of question, plus a content hash where there can be several. */
  id: string;
  group: QuestionGroup;
  text: string;
  /** The fact the question is built on, for the UI to show on hover. */
  reason?: string;
}

export interface QuestionContext {
  /** "Now", for tenures that end in "present"; Date.now() when absent. */
  now?: number;
  /** Already computed common ground; computed here when absent. */
  commonGround?: readonly CommonGround[];
}

export const MIN_QUESTIONS = 8;
export const MAX_QUESTIONS = 12;
export const MAX_OBSTACLE_QUESTIONS = 3;
export const WHO_ELSE_ID = 'who-else/recommend';

/** Below this priority a question is generic and only used to reach MIN_QUESTIONS. */
const GENERIC = 30;

interface Candidate extends SuggestedQuestion {
  priority: number;
}

function pathQuestions(
  me: MyProfileLike,
  them: ProfileSnapshot,
  common: readonly CommonGround[],
  now: number,
) {
  const questions: Candidate[] = [];
  const target = 'targetField' in me ? (fieldOf(me.targetField) ?? fieldOf(me.targetRole)) : undefined;
  const transitions = transitionsOf(them.experience, now);
  const move = transitions.find((t) => t.to.id === target?.id) ?? transitions[transitions.length - 1];
  if (move) {
    questions.push({
      id: 'their-path/transition',
      group: 'their-path',
      text: `What made you move from ${move.from.label} into ${move.to.label}, and what helped most in making the switch?`,
      reason: `They went from ${move.fromPosition?.title ?? move.from.label} to ${move.toPosition?.title ?? move.to.label}`,
      priority: 10,
    });
  }
  const back = returnToStudy(them, now);
  if (back) {
    const what = studySubject(back.study);
    const subject = what && 'subject' in what ? ` ${what.subject}` : '';
    const degree = what && 'degree' in what ? ` for ${what.degree}` : '';
    const school = back.study.school.trim() ? ` at ${schoolInSentence(back.study.school)}` : '';
    const employer = back.after.company.trim() ? ` at ${back.after.company.trim()}` : '';
    questions.push({
      id: 'their-path/return-to-study',
      group: 'their-path',
      text: `What made you go back to study${subject}${degree}${school} after working${employer}, and was it worth it?`,
      reason: `They worked${employer} before studying${school}`,
      priority: 14,
    });
  }
  const moved = relocation(them, now);
  if (moved) {
    questions.push({
      id: 'their-path/relocation',
      group: 'their-path',
      text: `What took you from ${moved.from} to ${moved.to}, and how did you build a network there?`,
      reason: `They moved from ${moved.from} to ${moved.to}`,
      priority: 17,
    });
  }
  const school = common.find((item) => item.kind === 'school');
  if (school) {
    questions.push({
      id: 'their-path/shared-school',
      group: 'their-path',
      text: `How did your time at ${schoolInSentence(school.theirs)} shape where you went next?`,
      reason: school.label,
      priority: 18,
    });
  }
  const tenure = longestTenure(them, now);
  if (tenure && tenure.years >= 5) {
    const span = `${tenure.moreThan ? 'more than ' : ''}${tenure.years} years`;
    questions.push({
      id: 'their-path/tenure',
      group: 'their-path',
      text: tenure.current
        ? `You have been at ${tenure.company} for ${span}. What has kept you there, and how has your work changed over that time?`
        : `You spent ${span} at ${tenure.company}. What made you stay that long, and what made you decide to move on?`,
      reason: `${span} at ${tenure.company}`,
      priority: 19,
    });
  }
  questions.push({
    id: 'their-path/turning-point',
    group: 'their-path',
    text: 'Looking back, which decision did the most to get you where you are now?',
    priority: GENERIC,
  });
  if (them.education.length === 0) {
    questions.push({
      id: 'their-path/studies',
      group: 'their-path',
      text: 'What did you study, and how much has it mattered in your work?',
      priority: 21,
    });
  }
  return questions;
}

function roleQuestions(them: ProfileSnapshot): Candidate[] {
  const current = currentPosition(them);
  const title = current ? roleInSentence(current.title) : undefined;
  const company = current?.company.trim();
  const field = current ? fieldOf(current.title)?.label : undefined;
  const questions: Candidate[] = [];
  if (title || company) {
    questions.push({
      id: 'their-role/typical-week',
      group: 'their-role',
      text: `What does a typical week look like for you${title ? ` as ${withArticle(title)}` : ''}${company ? ` at ${company}` : ''}?`,
      priority: 11,
    });
  } else {
    questions.push({
      id: 'their-role/current-focus',
      group: 'their-role',
      text: 'What are you focusing on in your work at the moment?',
      priority: 11,
    });
  }
  questions.push(
    {
      id: 'their-role/best-and-hardest',
      group: 'their-role',
      text: `What do you enjoy most about your work${company ? ` at ${company}` : ''}, and what is harder than people expect?`,
      priority: 16,
    },
    {
      id: 'their-role/unexpected-skills',
      group: 'their-role',
      text: `Which skills matter most in your role that someone outside ${field ?? 'the field'} might not expect?`,
      priority: GENERIC + 1,
    },
  );
  return questions;
}

function adviceQuestions(me: MyProfileLike, them: ProfileSnapshot): Candidate[] {
  const targetField = 'targetField' in me ? sentenceCase(me.targetField.trim()) : '';
  const targetRole = 'targetRole' in me ? sentenceCase(me.targetRole.trim()) : '';
  const situation = 'situation' in me ? me.situation.trim().replace(/[.!]+$/, '') : '';
  const current = currentPosition(them);
  const field = targetField || (current && fieldOf(current.title)?.label) || '';
  const inField = field ? ` in ${field}` : '';
  const questions: Candidate[] = [
    {
      id: 'the-field/changes',
      group: 'the-field',
      text: `How do you see ${field || 'your field'} changing over the next few years, and what should someone starting out pay attention to?`,
      priority: 13,
    },
    {
      id: 'the-field/misconceptions',
      group: 'the-field',
      text: `What do people often misunderstand about working${inField}?`,
      priority: GENERIC + 2,
    },
    {
      id: 'advice-for-me/wish-known',
      group: 'advice-for-me',
      text: `What do you wish you had known when you were starting out${inField}?`,
      priority: GENERIC + 3,
    },
    {
      id: 'advice-for-me/resources',
      group: 'advice-for-me',
      text: `Which communities, events or resources would you recommend to someone getting into ${field || 'your field'}?`,
      priority: GENERIC + 4,
    },
  ];
  if (targetRole) {
    questions.push({
      id: 'advice-for-me/strong-candidate',
      group: 'advice-for-me',
      text: `What would make someone like me a strong candidate for ${targetRole} roles?`,
      reason: `Your target role: ${targetRole}`,
      priority: 12,
    });
  }
  if (situation) {
    questions.push({
      id: 'advice-for-me/next-six-months',
      group: 'advice-for-me',
      text: `Knowing where I am now (${lowerFirst(situation)}), what would you focus on over the next six months if you were me?`,
      reason: `Your situation: ${situation}`,
      priority: 15,
    });
  }
  if ('obstacles' in me) {
    const seen = new Set<string>();
    for (const obstacle of me.obstacles) {
      const key = foldedWords(obstacle).join(' ');
      const text = obstacleQuestion(obstacle, targetField || undefined);
      if (!text || seen.has(key) || seen.size >= MAX_OBSTACLE_QUESTIONS) continue;
      seen.add(key);
      questions.push({
        id: `my-obstacles/${contentId(key)}`,
        group: 'my-obstacles',
        text,
        reason: `One of your obstacles: ${obstacle.trim()}`,
        priority: 1,
      });
    }
  }
  return questions;
}

const WHO_ELSE: Candidate[] = [
  { id: WHO_ELSE_ID, group: 'who-else', text: 'Who else would you recommend I talk to?', priority: 0 },
  {
    id: 'who-else/mention-name',
    group: 'who-else',
    text: 'Would it be all right to mention your name when I reach out to them?',
    priority: 20,
  },
];

/**
 * 8–12 questions only this person can answer, grouped in the order an interview runs: their path,
 * their role, the field, advice for me, my obstacles, who else. Tailored questions come first;
 * generic ones only make up the minimum. Nothing their profile already answers is ever suggested.
 */
export function suggestQuestions(
  me: MyProfileLike,
  them: ProfileSnapshot,
  context: QuestionContext = {},
): SuggestedQuestion[] {
  const now = context.now ?? Date.now();
  const common = context.commonGround ?? findCommonGround(me, them, { now });
  const candidates = [
    ...pathQuestions(me, them, common, now),
    ...roleQuestions(them),
    ...adviceQuestions(me, them),
    ...WHO_ELSE,
  ]
    .filter((question) => !isAnswerableFromProfile(question.text, them))
    .sort((a, b) => a.priority - b.priority);
  const tailored = candidates.filter((question) => question.priority < GENERIC).slice(0, MAX_QUESTIONS);
  const generic = candidates.filter((question) => question.priority >= GENERIC);
  const chosen = [...tailored, ...generic.slice(0, Math.max(0, MIN_QUESTIONS - tailored.length))];
  return chosen
    .sort(
      (a, b) =>
        QUESTION_GROUPS.indexOf(a.group) - QUESTION_GROUPS.indexOf(b.group) || a.priority - b.priority,
    )
    .map(({ priority: _priority, ...question }) => question);
}
