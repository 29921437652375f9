import { foldedWords } from './fold-text';

/** English names for languages that profiles often write in the language itself. */
const LANGUAGE_NAMES: Record<string, string> = {
  english: 'English',
  portuguese: 'Portuguese',
  portugues: 'Portuguese',
  spanish: 'Spanish',
  espanol: 'Spanish',
  castellano: 'Spanish',
  french: 'French',
  francais: 'French',
  german: 'German',
  deutsch: 'German',
  italian: 'Italian',
  italiano: 'Italian',
  dutch: 'Dutch',
  nederlands: 'Dutch',
  polish: 'Polish',
  polski: 'Polish',
  swedish: 'Swedish',
  svenska: 'Swedish',
  turkish: 'Turkish',
  turkce: 'Turkish',
  russian: 'Russian',
  русский: 'Russian',
  arabic: 'Arabic',
  العربية: 'Arabic',
  hindi: 'Hindi',
  हिन्दी: 'Hindi',
  हिंदी: 'Hindi',
  chinese: 'Chinese',
  中文: 'Chinese',
  mandarin: 'Mandarin',
  普通话: 'Mandarin',
  cantonese: 'Cantonese',
  japanese: 'Japanese',
  日本語: 'Japanese',
  korean: 'Korean',
  한국어: 'Korean',
  greek: 'Greek',
  ελληνικα: 'Greek',
};

/** Keyed by the folded form, since folding also changes scripts such as Devanagari and Hangul. */
const NAME_BY_KEY = new Map(
  Object.entries(LANGUAGE_NAMES).map(([name, english]) => [foldedWords(name).join(' '), english]),
);

/** Parentheses and suffixes that rate proficiency rather than name a variety of the language. */
const PROFICIENCY =
  /\b(native|bilingual|fluent|proficiency|professional|working|elementary|limited|basic|intermediate|advanced|full|conversational|beginner|mother tongue|[abc][12])\b/i;

export interface LanguageName {
  /** The name to use in a sentence, in English where Rapport knows it. */
  display: string;
  keys: string[];
}

function keyAndDisplay(text: string): { key: string; display: string } | undefined {
  const words = foldedWords(text);
  const key = words.join(' ');
  if (!key) return undefined;
  return { key, display: NAME_BY_KEY.get(key) ?? text.trim() };
}

/**
 * "Portuguese (Native or bilingual proficiency)" is Portuguese; "Chinese (Mandarin)" is both Chinese
 * and Mandarin, so it matches either.
 */
export function parseLanguage(text: string): LanguageName | undefined {
  const base = text
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s[-–—:]\s|,/)[0]
    ?.trim();
  const primary = base ? keyAndDisplay(base) : undefined;
  if (!primary) return undefined;
  const keys = [NAME_BY_KEY.get(primary.key)?.toLowerCase() ?? primary.key];
  for (const match of text.matchAll(/\(([^)]*)\)/g)) {
    const inner = match[1] ?? '';
    if (PROFICIENCY.test(inner)) continue;
    const variety = keyAndDisplay(inner);
    if (variety) keys.push(NAME_BY_KEY.get(variety.key)?.toLowerCase() ?? variety.key);
  }
  return { display: primary.display, keys };
}

export function isEnglish(language: LanguageName): boolean {
  return language.keys.includes('english');
}
