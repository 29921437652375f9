import type { Education } from '../../shared/profile';
import { sentenceCase, withArticle } from '../templates/sentence-case';

/**
 * What one education entry is: a degree course, an exchange or study-abroad term (part of another
 * course, not a decision to go back to study), or school before university. LinkedIn's "degree" and
 * "field" boxes hold whatever people type, so both are read.
 */
export type StudyKind = 'degree' | 'exchange' | 'school';

const EXCHANGE =
  /\b(exchange|erasmus|study abroad|semester abroad|year abroad|visiting student|austausch\w*|auslandssemester|échange|intercambio|intercâmbio|scambio)\b/i;
const SCHOOL =
  /\b(high school|secondary school|abitur|a[- ]levels?|gcses?|baccalaur[eé]at|matura|fachoberschulreife|realschul\w*|hauptschul\w*|mittlere reife|ib diploma|gymnasium)\b/i;

export function studyKind(study: Education): StudyKind {
  const text = `${study.degree ?? ''} ${study.field ?? ''}`;
  if (EXCHANGE.test(text)) return 'exchange';
  if (SCHOOL.test(`${text} ${study.school}`)) return 'school';
  return 'degree';
}

/** Degrees people write in the field box: said as "an MBA", never "study MBA". */
const DEGREE_NAMES =
  /^(mba|emba|executive mba|phd|ph\.?d\.?|dphil|msc|m\.?sc\.?|ma|m\.?a\.?|mphil|llm|ll\.?m\.?|jd|bsc|ba|beng|meng|mres|mpa|mpp|med|m\.?ed\.?)$/i;

/**
 * How a sentence names what they studied: "economics", "for an MBA"; undefined when the box holds a
 * list ("International Management, Project Management") or nothing a sentence can use.
 */
export function studySubject(study: Education): { subject: string } | { degree: string } | undefined {
  const field = (study.field ?? '').trim();
  if (field && DEGREE_NAMES.test(field)) return { degree: withArticle(field) };
  if (!field || /[,;/|+]|\s(and|und|et|y|e)\s|&/.test(field) || field.length > 60) return undefined;
  return { subject: sentenceCase(field) };
}
