/**
 * Visible text of a piece of page, read the way a person reads it: the visible copy of doubled text, no
 * screen-reader copies, no button captions. textContent only, never innerText, which would force a layout.
 */
import { HIDDEN_TEXT } from './selectors';
import { isFieldLabel, isUiText } from './ui-text';

export const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Per page, the class sets that hide screen-reader copies, learned from the page itself (learnHiddenText). */
const learned = new WeakMap<Document, string[][]>();

const isHidden = (el: Element): boolean => {
  if (el.matches(HIDDEN_TEXT)) return true;
  const sets = el.ownerDocument && learned.get(el.ownerDocument);
  return !!sets?.some((set) => set.every((name) => el.classList.contains(name)));
};

/**
 * LinkedIn doubles text for screen readers: a visible copy marked aria-hidden, and beside it a copy that
 * its classes hide. Class names change with every redesign, but the pair does not, so the hiding classes
 * are learned from the pairs on the page: those of the unmarked twin that the visible copy does not carry,
 * all together (one of them alone may be a font size). The labels read out before a field ("Company Name"
 * before the company) are hidden the same way, so their classes count too. Called once per reading: the
 * page changes as it loads.
 */
export function learnHiddenText(doc: Document): void {
  const sets = new Map<string, string[]>();
  for (const label of doc.querySelectorAll('span[class]')) {
    if (label.firstElementChild || !label.nextElementSibling || !isFieldLabel(clean(label.textContent)))
      continue;
    const set = [...label.classList].sort();
    sets.set(set.join(' '), set);
  }
  for (const shown of doc.querySelectorAll('[aria-hidden=true]')) {
    const text = clean(shown.textContent);
    if (!text) continue;
    for (const twin of [shown.previousElementSibling, shown.nextElementSibling]) {
      if (!twin || twin.getAttribute('aria-hidden') === 'true' || clean(twin.textContent) !== text) continue;
      const set = [...twin.classList].filter((name) => !shown.classList.contains(name)).sort();
      if (set.length) sets.set(set.join(' '), set);
    }
  }
  learned.set(doc, [...sets.values()]);
}

function collect(node: Node, parts: string[], leave?: Node[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
    else if (child.nodeType === 1 && !leave?.includes(child)) {
      const el = child as Element;
      if (el.tagName === 'BR') parts.push(' ');
      else if (!isHidden(el)) collect(el, parts);
    }
  }
}

/** The visible text of an element, whitespace collapsed, without the `leave` children. */
export function textOf(el: Element | null | undefined, leave?: Node[]): string {
  if (!el) return '';
  const parts: string[] = [];
  collect(el, parts, leave);
  return clean(parts.join(''));
}

/** The element's own text, without its children's. */
const ownText = (el: Element): string => {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue;
  }
  return text;
};

/**
 * Spans after an element's own words: "Acme<span>Full-time</span>" prints as "Acme · Full-time" through CSS,
 * so they are lines of their own. Not after mere punctuation ("<span>M.S.</span>, <span>Biology</span>").
 */
function trailingSpans(el: Element): Element[] {
  const spans: Element[] = [];
  for (let child = el.lastChild; child; child = child.previousSibling) {
    if (child.nodeType === 3 && /\S/.test(child.nodeValue ?? '')) break;
    if (child.nodeType === 1) {
      if ((child as Element).tagName !== 'SPAN') return [];
      spans.unshift(child as Element);
    }
  }
  return /[\p{L}\d]/u.test(ownText(el)) ? spans : [];
}

export interface Line {
  text: string;
  el: Element;
}

/**
 * The lines of an element, in reading order. A line is the smallest element that holds text of its own
 * (so "<span>Jan 2020</span> - Present" stays one line, and sibling spans without text between them
 * become separate lines). Subtrees matching `stop` are left out.
 */
export function linesOf(root: Element, stop?: string, out: Line[] = []): Line[] {
  if (/\S/.test(ownText(root))) {
    const trailing = trailingSpans(root);
    const text = textOf(root, trailing);
    if (text && !isUiText(text)) out.push({ text, el: root });
    for (const span of trailing) if (!isHidden(span)) linesOf(span, stop, out);
    return out;
  }
  for (let el = root.firstElementChild; el; el = el.nextElementSibling) {
    if (isHidden(el) || (stop && el.matches(stop))) continue;
    linesOf(el, stop, out);
  }
  return out;
}

/** Cuts what LinkedIn appends after a middle dot: "Acme · Full-time" → "Acme". */
export const beforeDot = (text: string | undefined): string | undefined =>
  text && clean(text.split(' · ')[0]);
