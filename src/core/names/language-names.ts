import { foldedWords } from './fold-text';

/**
 * Languages people list on profiles, by code: `Intl.DisplayNames` gives each one's English name and its
 * name in itself ("Deutsch", "日本語"), so profiles written in either are understood.
 */
const LANGUAGE_CODES = [
  'af',
  'am',
  'ar',
  'az',
  'be',
  'bg',
  'bn',
  'bs',
  'ca',
  'cs',
  'cy',
  'da',
  'de',
  'el',
  'en',
  'eo',
  'es',
  'et',
  'eu',
  'fa',
  'fi',
  'fil',
  'fr',
  'ga',
  'gl',
  'gu',
  'ha',
  'he',
  'hi',
  'hr',
  'hu',
  'hy',
  'id',
  'ig',
  'is',
  'it',
  'ja',
  'ka',
  'kk',
  'km',
  'kn',
  'ko',
  'ku',
  'ky',
  'la',
  'lb',
  'lo',
  'lt',
  'lv',
  'mk',
  'ml',
  'mn',
  'mr',
  'ms',
  'mt',
  'my',
  'ne',
  'nl',
  'no',
  'pa',
  'pl',
  'ps',
  'pt',
  'ro',
  'ru',
  'si',
  'sk',
  'sl',
  'so',
  'sq',
  'sr',
  'sv',
  'sw',
  'ta',
  'te',
  'th',
  'tl',
  'tr',
  'uk',
  'ur',
  'uz',
  'vi',
  'xh',
  'yo',
  'yue',
  'zh',
  'zu',
];

/** Varieties and spellings that are not a language code's own name. */
const OTHER_NAMES: Record<string, string> = {
  castellano: 'Spanish',
  mandarin: 'Mandarin',
  普通话: 'Mandarin',
  हिंदी: 'Hindi',
};

function ownName(code: string): string | undefined {
  try {
    return new Intl.DisplayNames(code, { type: 'language', fallback: 'none' }).of(code);
  } catch {
    return undefined;
  }
}

/** Keyed by the folded form, since folding also changes scripts such as Devanagari and Hangul. */
let nameByKey: Map<string, string> | undefined;
function namesByKey(): Map<string, string> {
  if (nameByKey) return nameByKey;
  const english = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });
  const names = new Map<string, string>();
  const add = (name: string | undefined, inEnglish: string) => {
    const key = name ? foldedWords(name).join(' ') : '';
    if (key && !names.has(key)) names.set(key, inEnglish);
  };
  for (const code of LANGUAGE_CODES) {
    const inEnglish = english.of(code);
    if (!inEnglish) continue;
    add(inEnglish, inEnglish);
    add(ownName(code), inEnglish);
  }
  for (const [name, inEnglish] of Object.entries(OTHER_NAMES)) add(name, inEnglish);
  nameByKey = names;
  return names;
}

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
  return { key, display: namesByKey().get(key) ?? text.trim() };
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
  const keys = [namesByKey().get(primary.key)?.toLowerCase() ?? primary.key];
  for (const match of text.matchAll(/\(([^)]*)\)/g)) {
    const inner = match[1] ?? '';
    if (PROFICIENCY.test(inner)) continue;
    const variety = keyAndDisplay(inner);
    if (variety) keys.push(namesByKey().get(variety.key)?.toLowerCase() ?? variety.key);
  }
  return { display: primary.display, keys };
}

export function isEnglish(language: LanguageName): boolean {
  return language.keys.includes('english');
}
