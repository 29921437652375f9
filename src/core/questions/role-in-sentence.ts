import { foldedWords } from '../names/fold-text';
import { sentenceCase } from '../templates/sentence-case';

/**
 * The English words job titles are made of. A title in another language cannot be lower-cased into an
 * English sentence (German capitalises its nouns: "Leiter Datenplattform"; "as a jefe de proyectos"
 * reads as a mistake), so a title is only named in a question when every word is one of these, or an
 * acronym. Otherwise the question names the employer alone.
 */
const ROLE_WORDS = new Set(
  `account accountant accounts acting administrator adviser advisor advisory agent ambassador analyst
  apprentice architect art artist assistant associate attorney auditor back backend board brand business
  buyer campaign camp care chair chairman chairwoman chief clerk client climate clinical cloud co coach
  communications community company computer consultant content controller coordinator copywriter
  counsel counselor counsellor creative customer cyber data delivery department deputy design designer
  developer development devops digital director directors doctoral editor education educator end
  engineer engineering enterprise entrepreneur equity events executive experience external fellow
  field finance financial founder founding freelance front frontend full general global graduate graphic
  growth guest hardware head human in infrastructure innovation insights instructor intern internship
  investment junior key lab lead leader learning lecturer legal librarian library machine management
  manager managing market marketing master media member mentor mobile network nurse of officer
  operations operative operator owner partner people performance physician planner platform policy
  portfolio postdoctoral practice president principal private process producer product professor program
  programme programmer project public quality recruiter relations reporter research researcher residence
  resources risk sales science scientist scrum security senior service services shift site social
  software solutions specialist staff stack strategist strategy student studio supervisor supply support
  systems talent teacher teaching team tech technical technician technology test tester the trainer
  training transformation trust tutor undergraduate user vice visiting web writer and for to with`
    .split(/\s+/)
    .filter(Boolean),
);

function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase();
}

/** Whether a title is in English words Rapport knows, so that lower-casing it is correct. */
export function readsAsEnglish(title: string): boolean {
  const raw = title.split(/[\s/&,()+-]+/).filter((word) => /\p{L}/u.test(word));
  if (raw.length === 0) return false;
  return raw.every((word) => isAcronym(word) || foldedWords(word).every((part) => ROLE_WORDS.has(part)));
}

/**
 * A title as a sentence names the role: its first part ("Product Lead – Applied ML | Risk UX" is a
 * product lead), in sentence case. Undefined when the title is blank or not in English words Rapport
 * knows, since then it cannot say it correctly.
 */
export function roleInSentence(title: string): string | undefined {
  const first = title.split(/\s+[–—·•|-]\s+|\s*\|\s*|,\s+|\s+@\s+|\s+at\s+/)[0]?.trim() ?? '';
  return first && readsAsEnglish(first) ? sentenceCase(first) : undefined;
}
