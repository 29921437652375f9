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

/**
 * Lower-cases and removes accents so "Zürich", "ZURICH" and "Zurich" compare equal; every name
 * comparison in Rapport starts here so that matching rules stay consistent across kinds.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LATIN_EXTRAS[letter] ?? letter);
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
