/** Finding a section on the page and the items in it, whatever the layout. */
import { CARD, ENTRY, type ListSection, SECTION_ROOTS } from './selectors';
import { textOf } from './text';

/**
 * The element holding a section, or null when the page has none. Anchors (an empty `#experience`) and
 * headings only mark the card they sit in, so the card is returned instead.
 */
export function sectionRoot(doc: ParentNode, section: ListSection | 'about'): Element | null {
  const hit = doc.querySelector(SECTION_ROOTS[section]);
  if (!hit) return null;
  const marker = /^H\d$/.test(hit.tagName) || !hit.firstElementChild;
  return marker ? (hit.closest(CARD) ?? hit.parentElement) : hit;
}

/** The outermost items inside `root`: items nested in another item are its descriptions or roles. */
export function topLevelItems(root: Element): Element[] {
  const items: Element[] = [];
  for (const item of root.querySelectorAll(ENTRY)) {
    const outer = item.parentElement?.closest(ENTRY);
    if (!outer || outer === root || !root.contains(outer)) items.push(item);
  }
  return items;
}

/**
 * Whether a section with no readable item still shows more than its own heading, which means the layout
 * changed under us rather than the member leaving it empty.
 */
export const hasUnreadText = (root: Element): boolean => textOf(root).length > 60;
