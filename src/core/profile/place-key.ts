import { foldedWords } from '../names/fold-text';

/** Letters, digits and single spaces only: folding can change nothing but the case. */
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * The folded form place names are compared in. Most names are already plain (four in five), so they
 * skip the Unicode passes; a test checks both ways give the same key for every name in the tables.
 */
export function placeKey(text: string): string {
  return PLAIN.test(text) ? text.toLowerCase() : foldedWords(text).join(' ');
}
