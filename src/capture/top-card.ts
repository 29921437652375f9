/**
 * Name, headline, location and about as the page shows them. The name is the page's main heading outside
 * the navigation bar, which carries the viewer's name, never the owner's.
 */
import { sectionRoot } from './sections';
import { CHROME, CONTACT_LINK, LOCALITY, SDUI_NAME, TOP_CARD } from './selectors';
import { type Line, linesOf, textOf } from './text';

export interface TopCard {
  name?: string;
  headline?: string;
  location?: string;
  about?: string;
}

/** A heading that names a person: not a sentence ("An exact match for … could not be found."). */
const isName = (text: string): boolean =>
  text.length > 1 && text.length < 90 && !(/[.!?]$/.test(text) && text.split(' ').length > 4);

/** Connection degree ("2nd", "· 3rd", "1er") and pronouns ("He/Him") sit between name and headline. */
const isBadge = (text: string): boolean =>
  /^[·•\s]*\d+\S{0,3}$|^[^\s/]+\/[^\s/]+$|^[\s\p{P}\p{S}]*$/u.test(text);

function nameHeading(doc: Document): Element | undefined {
  for (const heading of doc.querySelectorAll('h1')) {
    if (!heading.closest(CHROME) && isName(textOf(heading))) return heading;
  }
  return doc.querySelector(SDUI_NAME) ?? undefined;
}

const after = (anchor: Element, line: Line): boolean =>
  !anchor.contains(line.el) && (anchor.compareDocumentPosition(line.el) & 4) !== 0;

export function readTopCard(doc: Document): TopCard {
  const card: TopCard = {};
  const about = sectionRoot(doc, 'about');
  if (about) {
    const longest = linesOf(about).reduce((a, b) => (b.text.length > a.length ? b.text : a), '');
    if (longest.length > 20) card.about = longest;
  }
  const heading = nameHeading(doc);
  if (!heading) return card;
  card.name = textOf(heading);
  const box = heading.closest(TOP_CARD) ?? heading.parentElement?.parentElement;
  if (!box) return card;
  const lines = linesOf(box).filter((line) => after(heading, line) && !isBadge(line.text));
  const locality = doc.querySelector(LOCALITY)?.parentElement;
  if (locality) card.location = textOf(locality);
  else {
    const contact = box.querySelector(CONTACT_LINK);
    const at = contact ? lines.findIndex((line) => contact.contains(line.el)) : -1;
    if (at > 1) card.location = lines[at - 1]?.text;
  }
  const headline = lines[0]?.text;
  if (headline && headline !== card.location && !about?.contains(lines[0]?.el ?? null)) {
    card.headline = headline;
  }
  return card;
}
