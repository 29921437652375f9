/**
 * Finding a section on the page and the items in it, whatever the layout. Known ids and attributes are
 * tried first because they are certain; the way in that survives a redesign is the one a reader uses:
 * the section's heading (or its accessible name), and the list under it.
 */
import { type HeadedSection, sectionOfHeading } from './headings';
import { BANNER, CARD, CARD_OR_MAIN, CHROME, ENTRY, LIST, SECTION_ROOTS } from './selectors';
import { textOf } from './text';

const HEADING = 'h1,h2,h3,[role=heading]';

/** Whether `el` sits in the page's navigation, banner, footer, side rails or a dialog. */
export function inChrome(el: Element): boolean {
  if (el.closest(CHROME)) return true;
  const header = el.closest(BANNER);
  return !!header && !header.closest(CARD_OR_MAIN);
}
/** A heading that heads one entry of a list written without list markup (2013 pages). */
const ENTRY_HEADING = 'h3,h4';

/** The heading of a section: the first heading inside it, else what aria-label or aria-labelledby name. */
function nameOf(card: Element): string {
  const labelledBy = card.getAttribute('aria-labelledby');
  const label = labelledBy ? card.ownerDocument.getElementById(labelledBy) : null;
  return card.getAttribute('aria-label') ?? textOf(label ?? card.querySelector(HEADING));
}

/** Whether `el` holds the entries of a section headed by `heading`: a list, or headed entries after it. */
const holdsEntries = (el: Element, heading: Element): boolean =>
  !!el.querySelector(`${LIST},${ENTRY}`) ||
  [...el.querySelectorAll(ENTRY_HEADING)].some((h) => h !== heading && !heading.contains(h));

/** Whether `el` also holds a heading of the same level as `heading`: the next section's, or the one before. */
const holdsPeer = (el: Element, heading: Element): boolean =>
  [...el.getElementsByTagName(heading.tagName)].some((h) => h !== heading);

/**
 * The card a heading heads: its <section> (or region) when the heading is that card's own, else the
 * smallest element around it that also holds the entries. A section without entries (a summary written as
 * prose) is the largest element around its heading that holds no other heading of its level: the next
 * section starts where the next such heading does.
 */
function cardOf(heading: Element): Element | null {
  const card = heading.closest(`${CARD},[role=region]`);
  if (card && sectionOfHeading(nameOf(card)) === sectionOfHeading(textOf(heading))) return card;
  let widest: Element | null = null;
  for (let el = heading.parentElement; el && el !== card?.parentElement; el = el.parentElement) {
    if (holdsPeer(el, heading)) break;
    if (holdsEntries(el, heading)) return el;
    widest = el;
  }
  return widest ?? card;
}

/** The section found by its heading or accessible name, outside the page's navigation and side rails. */
function headedSection(doc: ParentNode, section: HeadedSection): Element | null {
  for (const labelled of doc.querySelectorAll('[aria-label],[aria-labelledby]')) {
    if (labelled.matches(`${CARD},[role=region]`) && sectionOfHeading(nameOf(labelled)) === section) {
      if (!inChrome(labelled)) return labelled;
    }
  }
  for (const heading of doc.querySelectorAll(HEADING)) {
    if (inChrome(heading) || sectionOfHeading(textOf(heading)) !== section) continue;
    const card = cardOf(heading);
    if (card) return card;
  }
  return null;
}

/**
 * The element holding a section, or null when the page has none. Anchors (an empty `#experience`) and
 * headings only mark the card they sit in, so the card is returned instead.
 */
export function sectionRoot(doc: ParentNode, section: HeadedSection): Element | null {
  const hit = doc.querySelector(SECTION_ROOTS[section]);
  if (!hit) return headedSection(doc, section);
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
  return items.length ? items : headedItems(root);
}

/**
 * Entries written as a run of headed blocks rather than a list: each is the largest element around its
 * own heading that holds no other entry's heading.
 */
function headedItems(root: Element): Element[] {
  const all = [...root.querySelectorAll(ENTRY_HEADING)].filter(
    (h) => !sectionOfHeading(textOf(h)) && textOf(h),
  );
  // An entry is headed at the section's next level (h3); a lower heading inside it (the company's h4) is
  // one of its lines, not another entry.
  const level = all.reduce((top, h) => (h.tagName < top ? h.tagName : top), 'H9');
  const headings = all.filter((h) => h.tagName === level);
  if (headings.length === 0) return [];
  return headings.map((heading) => {
    let item = heading;
    while (item.parentElement && item.parentElement !== root) {
      const parent = item.parentElement;
      if (headings.some((other) => other !== heading && parent.contains(other))) break;
      item = parent;
    }
    return item;
  });
}

/**
 * Whether a section with no readable item still shows more than its own heading, which means the layout
 * changed under us rather than the member leaving it empty.
 */
export const hasUnreadText = (root: Element): boolean => textOf(root).length > 60;
