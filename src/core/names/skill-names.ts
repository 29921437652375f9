import { foldText } from './fold-text';

/** Spellings of one skill that LinkedIn and people use interchangeably. */
const SKILL_FORMS: Record<string, string> = {
  js: 'javascript',
  ts: 'typescript',
  'node.js': 'nodejs',
  node: 'nodejs',
  'react.js': 'react',
  reactjs: 'react',
  ml: 'machine learning',
  ai: 'artificial intelligence',
  nlp: 'natural language processing',
  seo: 'search engine optimization',
  'search engine optimisation': 'search engine optimization',
  ux: 'user experience',
  'ux design': 'user experience design',
  'ui design': 'user interface design',
  'ux research': 'user research',
  'user experience research': 'user research',
  'ms excel': 'excel',
  'microsoft excel': 'excel',
  'ms office': 'microsoft office',
  'microsoft 365': 'microsoft office',
  'office 365': 'microsoft office',
  'ms word': 'word',
  'microsoft word': 'word',
  'ms powerpoint': 'powerpoint',
  'microsoft powerpoint': 'powerpoint',
  'team work': 'teamwork',
  communications: 'communication',
  'communication skills': 'communication',
  'project management professional': 'pmp',
};

/**
 * Skills that most profiles list: sharing one says little about two people, so it ranks last.
 * Keys are in the folded form skillKey() produces.
 */
const EVERYDAY_SKILLS = new Set([
  'communication',
  'teamwork',
  'leadership',
  'team leadership',
  'management',
  'microsoft office',
  'excel',
  'word',
  'powerpoint',
  'outlook',
  'google workspace',
  'customer service',
  'public speaking',
  'presentations',
  'research',
  'english',
  'social media',
  'time management',
  'problem solving',
  'critical thinking',
  'project management',
  'strategy',
  'negotiation',
  'writing',
  'editing',
  'training',
  'event planning',
  'data entry',
  'interpersonal skills',
  'analytical skills',
  'organization skills',
  'team building',
  'sales',
  'marketing',
]);

/**
 * A comparable form of a skill name: "Python (Programming Language)" and "python" agree, and "C++"
 * stays apart from "C#" and "C".
 */
export function skillKey(skill: string): string {
  const folded = foldText(skill)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}+#.\s-]+/gu, ' ')
    .replace(/[\s-]+/g, ' ')
    .replace(/\.$/, '')
    .trim();
  return SKILL_FORMS[folded] ?? folded;
}

export function isEverydaySkill(skill: string): boolean {
  return EVERYDAY_SKILLS.has(skillKey(skill));
}

/** "Python (Programming Language)" reads as "Python" in a sentence. */
export function skillInSentence(skill: string): string {
  return skill.replace(/\s*\([^)]*\)\s*/g, ' ').trim() || skill.trim();
}
