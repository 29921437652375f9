/**
 * How a field or a role reads inside a sentence. People type "Backend Engineering" or "Product
 * Management" in title case; mid-sentence that reads as shouting ("experience in Backend Engineering"),
 * so ordinary words are lowered while acronyms ("UX", "AWS"), mixed-case names ("iOS", "JavaScript")
 * and the proper nouns below keep their capitals.
 */

/** Proper nouns that people put in fields and titles: languages, platforms, tools, places. */
const PROPER_NOUNS = new Set(
  [
    'Python',
    'Java',
    'JavaScript',
    'TypeScript',
    'Rust',
    'Ruby',
    'Swift',
    'Kotlin',
    'Scala',
    'Go',
    'Haskell',
    'Elixir',
    'Excel',
    'Salesforce',
    'Figma',
    'Android',
    'Linux',
    'Windows',
    'React',
    'Angular',
    'Vue',
    'Azure',
    'Google',
    'Microsoft',
    'Apple',
    'Amazon',
    'Oracle',
    'Kubernetes',
    'Docker',
    'Tableau',
    'Shopify',
    'WordPress',
    'English',
    'French',
    'German',
    'Spanish',
    'Portuguese',
    'Italian',
    'Dutch',
    'Chinese',
    'Japanese',
    'Arabic',
    'European',
    'American',
    'British',
    'African',
    'Asian',
    'Latin',
    'Africa',
    'Asia',
    'Europe',
    'America',
    'Americas',
    'EMEA',
    'APAC',
  ].map((word) => [word.toLowerCase(), word] as const),
);

const PROPER = new Map(PROPER_NOUNS);

/** Whether a word keeps its capitals: an acronym, a mixed-case name or a known proper noun. */
export function keepsCapitals(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (!letters) return true;
  if (letters.length > 1 && letters === letters.toUpperCase()) return true;
  if (/\p{Ll}\p{Lu}/u.test(letters)) return true;
  return PROPER.has(letters.toLowerCase());
}

/** "Backend Engineering" → "backend engineering", "UX Research" → "UX research", "Python" stays. */
export function sentenceCase(text: string): string {
  return text
    .split(/(\s+|[-/&()]+)/)
    .map((word) => {
      if (!/\p{Lu}/u.test(word) || keepsCapitals(word)) return word;
      return word.charAt(0).toLowerCase() + word.slice(1);
    })
    .join('');
}

/** Acronyms said letter by letter that start with a vowel sound: "an MBA", "an SRE", "an HR lead". */
const VOWEL_SOUND_LETTERS = /^[AEFHILMNORSX]/;

/** "a product lead", "an engineer", "a UX researcher", "an MBA", "a university". */
export function withArticle(phrase: string): string {
  const first = phrase.split(/\s/)[0] ?? '';
  const letters = first.replace(/[^\p{L}]/gu, '');
  let an: boolean;
  if (letters.length > 1 && letters === letters.toUpperCase()) an = VOWEL_SOUND_LETTERS.test(letters);
  else an = /^[aeiou]/i.test(letters) && !/^(uni|use|usu|eu|one|ubi|ure)/i.test(letters);
  if (/^(hour|honest|heir)/i.test(letters)) an = true;
  return `${an ? 'an' : 'a'} ${phrase}`;
}
