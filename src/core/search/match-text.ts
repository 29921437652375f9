import type { Contact } from '../../shared/contact';
import { foldText } from '../names/fold-text';
import { contactDocument, type SearchField } from './search-index';

const SEPARATOR = ' \n ';
const WINDOW = 80;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where in `text` the first of `terms` (folded index words) starts, or -1. */
function firstMatch(text: string, terms: readonly string[]): number {
  const folded = foldText(text);
  let at = -1;
  for (const term of terms) {
    const found = folded.search(new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}`, 'u'));
    if (found >= 0 && (at < 0 || found < at)) at = found === 0 ? 0 : found + 1;
  }
  return at;
}

/**
 * The part of a field that matched, short enough for one line: the item (employer, school, skill …) that
 * holds a matched word, or for a long note the words around it. Folding changes no lengths for the
 * letters a name or note uses in practice, so positions in the folded text point into the original.
 */
export function matchedText(text: string, terms: readonly string[]): string | undefined {
  const items = text.split(SEPARATOR).map((item) => item.replace(/\s+/g, ' ').trim());
  for (const item of items) {
    const at = firstMatch(item, terms);
    if (at < 0) continue;
    if (item.length <= WINDOW) return item;
    const start = Math.max(0, Math.min(at - 20, item.length - WINDOW));
    const cut = item.slice(start, start + WINDOW).trim();
    return `${start > 0 ? '…' : ''}${cut}${start + WINDOW < item.length ? '…' : ''}`;
  }
  return undefined;
}

/** What a person's matching field says, for a match outside their notes. */
export function contactMatchText(
  contact: Contact,
  field: SearchField,
  terms: readonly string[],
): string | undefined {
  const value = contactDocument(contact)[field];
  return value ? matchedText(value, terms) : undefined;
}
