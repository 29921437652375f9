import type { Contact } from '../../shared/contact';
import { termAt } from './find-term';
import { contactDocument, type SearchField } from './search-index';

const SEPARATOR = ' \n ';
const WINDOW = 80;

/**
 * The part of a field that matched, short enough for one line: the item (employer, school, skill …) that
 * holds a matched word, or for a long note the words around it. Folding changes no lengths for the
 * letters a name or note uses in practice, so positions in the folded text point into the original.
 */
export function matchedText(text: string, terms: readonly string[]): string | undefined {
  const items = text.split(SEPARATOR).map((item) => item.replace(/\s+/g, ' ').trim());
  for (const item of items) {
    const at = termAt(item, terms);
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
