import { strongestCommonGround as emailHook } from '../common-ground/common-ground';
import type { CommonGround } from '../common-ground/types';
import { foldedWords } from '../names/fold-text';
import { keepsCapitals } from './sentence-case';

/**
 * Rapport's style guide for the text it writes for the user: questions, emails, LinkedIn notes. Each
 * rule is something a reader notices and holds against the sender: a doubled space, an empty "()", a
 * field capitalised mid-sentence, a subject asking for 15 minutes over a body asking for 15–20, an
 * email opening with a shared skill when they were at the same school. Pure, so every generated text
 * can be checked in tests.
 */
export interface StyleProblem {
  rule:
    | 'spacing'
    | 'empty-brackets'
    | 'leftover'
    | 'question-mark'
    | 'capital-start'
    | 'mid-sentence-capital'
    | 'duration'
    | 'hook';
  /** The words at fault, to point at in a failing test. */
  at: string;
}

export interface StyleContext {
  /**
   * Words that may keep their capitals mid-sentence: names of people, organisations and places the text
   * is built from, and the user's own free text, which is echoed as written.
   */
  properNames?: readonly string[];
  /** The call length the user asks for; every duration in the text must be this one. */
  minutes?: number;
  /** Every common ground found; only the email's hook may be mentioned. */
  commonGround?: readonly CommonGround[];
}

/** Words that are capitalised wherever they stand. */
const ALWAYS_CAPITAL = new Set(['I', 'I’m', "I'm", 'I’d', "I'd", 'I’ll', "I'll", 'I’ve', "I've", 'OK']);

function spacingProblems(text: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  for (const line of text.split('\n')) {
    if (/\S {2,}|\t/.test(line)) problems.push({ rule: 'spacing', at: line });
    if (/\s[,.?!;:](?!\.)/.test(line)) problems.push({ rule: 'spacing', at: line });
    if (line !== line.trimEnd() || /^\s/.test(line)) problems.push({ rule: 'spacing', at: line });
  }
  if (/\n{3,}/.test(text)) problems.push({ rule: 'spacing', at: 'more than one blank line' });
  return problems;
}

function clean(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/, '');
}

/** The user's or a profile's words quoted as written are theirs, capitals and all. */
function withoutQuotes(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"|‘[^’]*’(?!\p{L})/gu, '…');
}

/** Capitalised words after the first of a sentence that are not names, acronyms or proper nouns. */
function midSentenceCapitals(text: string, properNames: readonly string[]): StyleProblem[] {
  const allowed = new Set<string>();
  for (const name of properNames) for (const word of name.split(/[\s,/()–—-]+/)) allowed.add(clean(word));
  const problems: StyleProblem[] = [];
  for (const line of withoutQuotes(text).split('\n')) {
    const words = line.split(/\s+/).filter(Boolean);
    for (let index = 1; index < words.length; index++) {
      const word = words[index] ?? '';
      const previous = words[index - 1] ?? '';
      if (/[.!?:…]["”’)]*$/.test(previous)) continue;
      const bare = clean(word);
      if (!/^\p{Lu}/u.test(bare) || ALWAYS_CAPITAL.has(bare) || allowed.has(bare)) continue;
      if (bare.split(/[-–]/).every((part) => keepsCapitals(part) || allowed.has(part))) continue;
      problems.push({ rule: 'mid-sentence-capital', at: `${previous} ${word}` });
    }
  }
  return problems;
}

/** Every "15 minutes", "15–20 minutes", "20-minute" in the text. */
export function durationsIn(text: string): string[] {
  return [...text.matchAll(/\b(\d+)(?:\s*(?:[–-]|to)\s*(\d+))?(?:\s+|-)min(?:ute)?s?\b/gi)].map((m) => m[0]);
}

/** Kinds of common ground specific enough to open an email with, strongest kinds first. */
const SPECIFIC = new Set(['employer', 'school', 'referrer', 'transition', 'volunteering', 'certification']);

/**
 * The hook an email opens with must be the strongest specific common ground: never a shared skill or
 * language while they share an employer, a school or anything else specific.
 */
export function checkHook(commonGround: readonly CommonGround[]): StyleProblem[] {
  const hook = emailHook(commonGround);
  const better = commonGround.find((item) => SPECIFIC.has(item.kind) && item.kind !== 'referrer');
  if (better && (!hook || !SPECIFIC.has(hook.kind) || hook.strength < better.strength))
    return [{ rule: 'hook', at: hook?.phrase ?? '(none)' }];
  return [];
}

/** Problems any generated text can have. */
export function checkText(text: string, context: StyleContext = {}): StyleProblem[] {
  const problems = spacingProblems(text);
  const empty = /\(\s*\)|\[\s*\]|“\s*”|‘\s*’|"\s*"|''/.exec(text);
  if (empty) problems.push({ rule: 'empty-brackets', at: empty[0] });
  const leftover = /\{\{|\}\}|\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/.exec(text);
  if (leftover) problems.push({ rule: 'leftover', at: leftover[0] });
  problems.push(...midSentenceCapitals(text, context.properNames ?? []));
  if (context.minutes !== undefined) {
    const wanted = String(context.minutes);
    for (const duration of durationsIn(text)) {
      const numbers = duration.match(/\d+/g) ?? [];
      if (numbers.length !== 1 || numbers[0] !== wanted) problems.push({ rule: 'duration', at: duration });
    }
  }
  if (context.commonGround) {
    const hook = emailHook(context.commonGround);
    const folded = foldedWords(text).join(' ');
    for (const item of context.commonGround) {
      if (item === hook || item.kind === 'referrer') continue;
      if (folded.includes(foldedWords(item.phrase).join(' ')))
        problems.push({ rule: 'hook', at: item.phrase });
    }
  }
  return problems;
}

/** A question: one line, starting with a capital and ending with "?". */
export function checkQuestion(text: string, context: StyleContext = {}): StyleProblem[] {
  const problems = checkText(text, context);
  if (text.includes('\n')) problems.push({ rule: 'spacing', at: text });
  if (!text.trimEnd().endsWith('?')) problems.push({ rule: 'question-mark', at: text });
  if (!/^[\p{Lu}\d"“‘]/u.test(text)) problems.push({ rule: 'capital-start', at: text });
  return problems;
}
