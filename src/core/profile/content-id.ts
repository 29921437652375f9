import { foldedWords } from '../names/fold-text';

/**
 * A short id that depends only on what the text says (case, accents and punctuation aside), so a
 * question keeps its id, and the user's pins and edits keep pointing at it, across re-captures.
 * FNV-1a: tiny, fast and stable; collisions only need to be rare within one contact's questions.
 */
export function contentId(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of foldedWords(text).join(' ')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}
