import { foldText } from '../names/fold-text';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where in `text` the first word starting with one of `terms` (folded index words, as the search
 * returns them) starts, or -1: how Rapport finds again the words a search matched, to show them.
 */
export function termAt(text: string, terms: readonly string[]): number {
  const folded = foldText(text);
  let at = -1;
  for (const term of terms) {
    const found = folded.search(new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}`, 'u'));
    if (found >= 0 && (at < 0 || found < at)) at = found === 0 ? 0 : found + 1;
  }
  return at;
}
