import { foldText } from '../names/fold-text';

/**
 * Words that carry no advice of their own: the grammar of a sentence and the way people phrase advice
 * ("you should really think about…"). None of them is ever a theme.
 */
const FILLER = new Set(
  `a about above after again against all almost also although always am an and another any anyone anything
  are around as at be because been before being below best better between both but by can cannot could did
  do does doing done down during each either else enough etc even ever every everyone everything few for
  from further get gets getting give go going gone good got great had has have having he her here hers him
  his how however i if in into is it its itself just keep kind least less let like likely lot lots made
  make makes making many may maybe me might mine more most much must my myself need needs never new next no
  nor not nothing now of off often ok okay on once one only or other others our ours out over own per
  perhaps please pretty quite rather really right said same say says see seem seems she should since so
  some someone something sometimes soon still such sure take than that the their theirs them then there
  these they thing things think this those though through thus to too told tell try trying under until up
  upon us use used using very via want wants was way ways we well were what whatever when where whether
  which while who whom whose why will with within without would yes yet you your yours yourself
  advice advise advised suggest suggested suggestion recommend recommended recommendation important
  definitely actually basically especially probably honestly people person start started stuff time times
  year years day days week weeks month months focus worth help helps helped look looking lot idea ideas
  talk talked talking mention mentioned know knowing learned thought`.split(/\s+/),
);

/** Shortenings people write in notes, mapped to the word they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  cert: 'certification',
  certs: 'certification',
  certificate: 'certification',
  certificates: 'certification',
  certified: 'certification',
  certify: 'certification',
  certifications: 'certification',
  certifying: 'certification',
  mgr: 'manager',
  mgmt: 'management',
  mba: 'mba',
  uni: 'university',
  dept: 'department',
  exp: 'experience',
  rec: 'recommendation',
  recs: 'recommendation',
  js: 'javascript',
  ts: 'typescript',
  k8s: 'kubernetes',
  ml: 'machine-learning',
  ai: 'ai',
  pm: 'product-manager',
  cv: 'resume',
  linkedin: 'linkedin',
};

/** How an expanded abbreviation is shown in a theme's label. */
const SHOWN: Record<string, string> = {
  'machine-learning': 'machine learning',
  'product-manager': 'product manager',
  mba: 'MBA',
  ai: 'AI',
  linkedin: 'LinkedIn',
};

/**
 * A light English stemmer: plurals and the common verb endings, so "studies", "studying" and "study", or
 * "networks" and "networking", are one term. Words it cannot safely shorten stay as they are.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  if (w.length > 4 && w.endsWith('e') && !/(?:ee|ie|le)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** "networked" → "network" but "planned" → "plan": a doubled consonant left by the ending goes. */
function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz|ff)$/.test(w) ? w.slice(0, -1) : w;
}

export interface Term {
  /** What two mentions of one idea share. */
  key: string;
  /** The word as written, for the label. */
  surface: string;
  /** Set when the key is an expansion with a fixed way to be shown. */
  canonical?: string;
}

/** What one written word stands for: undefined when it is filler, a number or too short. */
type WordMeaning = Term | undefined;

/** Remembers what each written word stands for, across the advice read in one pass. */
export type WordCache = Map<string, WordMeaning>;

function meaningOf(raw: string): WordMeaning {
  const surface = trimWord(raw);
  // Plain ASCII needs no Unicode folding, and it is most of what people write.
  const folded = /^[\x20-\x7e]*$/.test(surface) ? surface.toLowerCase() : foldText(surface);
  if (folded.length < 2 || /^[\p{N}-]+$/u.test(folded) || FILLER.has(folded)) return undefined;
  const expanded = ABBREVIATIONS[folded];
  const key = stem(expanded ?? folded);
  if (FILLER.has(key)) return undefined;
  // A shortening is shown as the word it stands for, so "cert" and "Certified" read "certification".
  return expanded ? { key, surface, canonical: SHOWN[expanded] ?? expanded } : { key, surface };
}

const WORD_BREAK = /[^\p{L}\p{N}+#'’-]+/u;

/** The terms of one piece of advice, in the order written, each once; filler and numbers left out. */
export function adviceTerms(text: string, cache: WordCache = new Map()): Term[] {
  const out: Term[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(WORD_BREAK)) {
    if (raw.length < 2) continue;
    let meaning = cache.get(raw);
    if (meaning === undefined && !cache.has(raw)) {
      meaning = meaningOf(raw);
      cache.set(raw, meaning);
    }
    if (!meaning || seen.has(meaning.key)) continue;
    seen.add(meaning.key);
    out.push(meaning);
  }
  return out;
}

/** "'AWS'" → "AWS", "team's" → "team". */
function trimWord(raw: string): string {
  return raw.replace(/^['’-]+|['’-]+$/g, '').replace(/['’]s$/, '');
}
