/** Letters that Unicode decomposition leaves alone but a reader treats as plain Latin. */
const LATIN_EXTRAS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

const ASCII = /^[\x20-\x7e]*$/;

/**
 * Lower-cases and removes accents so "Zürich", "ZURICH" and "Zurich" compare equal, and "Straße" and
 * "Strasse" too; every comparison of text in Rapport (search, common ground, merging, de-duplication)
 * starts here, so two parts never disagree about whether two words are the same.
 */
export function foldText(text: string): string {
  // Plain ASCII, most of what people type, needs only lower case: the search folds every keystroke.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LATIN_EXTRAS[letter] ?? letter);
}

/** Folded, with runs of white space made one space and the ends trimmed: a key for "the same text". */
export function foldedKey(text: string | undefined): string {
  return foldText(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded words with punctuation removed: the common shape for comparing free-text names. */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .replace(/&/g, ' and ')
    .replace(/['’`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
}
