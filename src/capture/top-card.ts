/**
 * Name, headline, location and about as the page shows them. The name is the page's main heading outside
 * the navigation bar, which carries the viewer's name, never the owner's.
 */
import { readsAsPlace } from './place-shape';
import { inChrome, sectionRoot } from './sections';
import { CONTACT_LINK, LOCALITY, NAME_HEADING, SDUI_NAME, TOP_CARD } from './selectors';
import { clean, type Line, linesOf, textOf } from './text';
import { isFieldLabel } from './ui-text';

export interface TopCard {
  name?: string;
  headline?: string;
  location?: string;
  about?: string;
}

/** A heading that names a person: not a sentence ("An exact match for … could not be found."). */
const isName = (text: string): boolean =>
  text.length > 1 && text.length < 90 && !(/[.!?]$/.test(text) && text.split(' ').length > 4);

/**
 * Connection degree ("2nd", "· 3rd", "1er") and pronouns ("He/Him", "(Sie/Ihr)") sit between name and
 * headline; a headline such as "Founder/CEO" is not one of them.
 */
const isBadge = (text: string): boolean =>
  /^[·•\s]*\d+\S{0,3}$|^\(?[A-Z]?[a-zé]{1,3}\/[A-Z]?[a-z]{1,4}\)?$|^[\s\p{P}\p{S}]*$/u.test(text);

/** The name in the page title ("Experience | Ada Lovelace | LinkedIn", "(3) Ada Lovelace | LinkedIn"). */
export function titleName(doc: Document): string | undefined {
  const parts = clean(doc.title)
    .replace(/^\(\d+\+?\)\s*/, '')
    .split(' | ');
  return parts.length > 1 ? parts[parts.length - 2] : undefined;
}

function nameHeading(doc: Document): Element | undefined {
  for (const heading of doc.querySelectorAll(NAME_HEADING)) {
    if (!inChrome(heading) && isName(textOf(heading))) return heading;
  }
  return doc.querySelector(SDUI_NAME) ?? undefined;
}

const after = (anchor: Element, line: Line): boolean =>
  !anchor.contains(line.el) && (anchor.compareDocumentPosition(line.el) & 4) !== 0;

/** A trailing "..." is the clamp marker of a collapsed text (li-2018-*), not the member's writing. */
const unclamp = (text: string): string => text.replace(/\s*(?:\.{3}|…)$/, '');

export function readTopCard(doc: Document): TopCard {
  const card: TopCard = {};
  const about = sectionRoot(doc, 'about');
  if (about) {
    const longest = linesOf(about).reduce((a, b) => (b.text.length > a.length ? b.text : a), '');
    if (longest.length > 20) card.about = unclamp(longest);
  }
  const heading = nameHeading(doc);
  const contact = [...doc.querySelectorAll(CONTACT_LINK)].find((link) => !inChrome(link));
  const box = (heading ?? contact)?.closest(TOP_CARD) ?? heading?.parentElement?.parentElement;
  if (!box) return card;
  const all = linesOf(box);
  // 2019-2021 pages print the name in a list item, not a heading: the title says which line it is, or else
  // it is the card's first line.
  const name = heading ? textOf(heading) : (titleName(doc) ?? all.find((line) => !isBadge(line.text))?.text);
  if (!name) return card;
  card.name = name;
  const anchor = heading ?? all.find((line) => line.text === name)?.el;
  // A field label is never data: 2013-2016 cards print "<dt>Location</dt>" before the place itself.
  const lines = all.filter(
    (line) =>
      (!anchor || after(anchor, line)) &&
      line.text !== name &&
      !isBadge(line.text) &&
      !isFieldLabel(line.text),
  );
  const locality = doc.querySelector(LOCALITY)?.parentElement;
  if (locality) card.location = textOf(locality);
  else if (contact) {
    // Counts ("500+ connections") may sit between the location and the contact link.
    // The link's own caption is UI text, so the first line at or after the link marks where it is.
    let at = lines.findIndex((line) => contact.contains(line.el) || after(contact, line));
    if (at < 0) at = lines.length;
    while (--at > 0 && /\d/.test(lines[at]?.text ?? '')) {}
    // Only a line that reads as a place: a headline or a form error there is not a location.
    if (at > 0 && readsAsPlace(lines[at]?.text)) card.location = lines[at]?.text;
  } else if (readsAsPlace(lines[1]?.text)) {
    // Public pages without a contact link (2023) print the location right under the headline.
    card.location = lines[1]?.text;
  }
  // 2018 pages print the summary inside the top card, without a heading: after a redesign only its shape
  // (a few sentences below the headline) says what it is.
  if (!card.about) {
    const prose = lines.slice(1).find((line) => line.text.length > 80 && line.text.split(' ').length > 12);
    if (prose) card.about = unclamp(prose.text);
  }
  const headline = lines[0]?.text;
  if (headline && headline !== card.location && !about?.contains(lines[0]?.el ?? null)) {
    card.headline = headline;
  }
  return card;
}
