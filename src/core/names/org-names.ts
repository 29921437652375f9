import { foldedWords } from './fold-text';
import { ORGANIZATION_ALIASES } from './org-aliases';

/** An employer, school or volunteering organisation as a profile names it. */
export interface OrgRef {
  name: string;
  /** The organisation's LinkedIn page (/company/<id>/ or /school/<id>/), when the profile links it. */
  url?: string;
}

/** Legal forms that say nothing about which organisation it is: "Acme Ltd" is "Acme". */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'ltda',
  'llc',
  'llp',
  'lp',
  'plc',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'kgaa',
  'ug',
  'se',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'sl',
  'sae',
  'nv',
  'bv',
  'ab',
  'as',
  'asa',
  'oy',
  'oyj',
  'kk',
  'pty',
  'pvt',
  'pte',
  'bhd',
  'sdn',
]);

/** Abbreviated words that people write either way. */
const WORD_FORMS: Record<string, string> = {
  univ: 'university',
  uni: 'university',
  st: 'saint',
  intl: 'international',
  inst: 'institute',
};

/** Parentheses that name the same organisation another way: "(EY)", "(formerly Facebook)". */
const RENAME_MARKERS = /^(?:formerly|previously|now|fka|aka|née|nee)\s+/i;

function significantWords(name: string): string[] {
  const words = foldedWords(name).map((word) => WORD_FORMS[word] ?? word);
  if (words.length > 1 && words[0] === 'the') words.shift();
  while (words.length > 1) {
    const last = words[words.length - 1]!;
    if (!LEGAL_SUFFIXES.has(last) && last !== 'and') break;
    words.pop();
  }
  return words;
}

/** Spaces are dropped so "Pricewaterhouse Coopers" and "PricewaterhouseCoopers" agree. */
function compactKey(name: string): string {
  return significantWords(name).join('');
}

const ALIAS_GROUP = new Map<string, string>();
for (const names of ORGANIZATION_ALIASES) {
  const group = `alias:${compactKey(names[0] ?? '')}`;
  for (const name of names) ALIAS_GROUP.set(compactKey(name), group);
}

/**
 * A key that two names of one organisation share: the reviewed alias group if there is one, else the
 * name without case, accents, punctuation, a leading "The" or a legal suffix. Empty for a blank name.
 */
export function organizationKey(name: string): string {
  const key = compactKey(name);
  return ALIAS_GROUP.get(key) ?? key;
}

/** Every name the text gives: "Ernst & Young (EY)" is both "Ernst & Young" and "EY". */
function nameVariants(name: string): string[] {
  const variants = [name.replace(/\([^)]*\)/g, ' ')];
  for (const match of name.matchAll(/\(([^)]*)\)/g)) {
    const inner = (match[1] ?? '').trim();
    const renamed = inner.replace(RENAME_MARKERS, '');
    const isAcronym = /^[\p{L}\p{N}&.-]+$/u.test(inner);
    if (renamed !== inner || isAcronym) variants.push(renamed);
  }
  return variants.map(organizationKey).filter((key) => key.length > 0);
}

/**
 * The id in a LinkedIn organisation link (slug or number), lower-cased; undefined for anything else.
 * Company and school pages share one namespace of ids.
 */
export function linkedInOrganizationId(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /linkedin\.com\/(?:company|school|showcase)\/([^/?#\s]+)/i.exec(url);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return match[1].toLowerCase();
  }
}

/**
 * Whether a person would agree two names mean one organisation. LinkedIn links decide when both
 * sides have one of the same form (both slugs or both numbers); otherwise the names must match
 * after normalisation, through the reviewed alias table.
 */
export function sameOrganization(a: OrgRef, b: OrgRef): boolean {
  const idA = linkedInOrganizationId(a.url);
  const idB = linkedInOrganizationId(b.url);
  if (idA && idB && /^\d+$/.test(idA) === /^\d+$/.test(idB)) return idA === idB;
  const keysB = new Set(nameVariants(b.name));
  return nameVariants(a.name).some((key) => keysB.has(key));
}

/** How to name a school inside a sentence: "the University of Leeds", but "Boston College". */
export function schoolInSentence(name: string): string {
  const trimmed = name.trim();
  if (/^the\s/i.test(trimmed)) return `the ${trimmed.slice(4).trim()}`;
  const institution =
    /\b(?:university|college|school|institute|academy|conservatory|polytechnic)\s+(?:of|for)\b/i;
  return institution.test(trimmed) ? `the ${trimmed}` : trimmed;
}
