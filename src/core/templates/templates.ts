import { type PlaceholderName, parseTemplate } from './template-syntax';

export type TemplateValues = Partial<Record<PlaceholderName, string | undefined>>;

export interface RenderedTemplate {
  subject: string;
  body: string;
  /** Placeholders used whose value was blank, in order of first use, whether or not a fallback covered them. */
  missing: string[];
}

/**
 * Each placeholder becomes one private-use character while the text is tidied, so sentence and
 * clause rules only ever see the template's own words: a captured value can contain "{{", a full stop
 * or a bracket and still changes nothing. Values go in once, at the very end.
 */
const SLOT_BASE = 0xe000;
const SLOT_LIMIT = 0xf8ff - SLOT_BASE + 1;
const SLOT = /[\uE000-\uF8FF]/;

interface Slot {
  value: string;
  missing: boolean;
}

/** Short words whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'eg',
  'ie',
  'inc',
  'ltd',
  'co',
  'no',
  'approx',
]);

/**
 * Runs of spaces and tabs fold to one space, but line breaks stay: a two-line signature or a note is
 * still two lines in the email. More than one blank line in a row is one.
 */
export function cleanValue(value: string | undefined): string {
  return (value ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

class Skeleton {
  readonly slots: Slot[] = [];
  text = '';

  add(slot: Slot): void {
    this.text += String.fromCharCode(SLOT_BASE + this.slots.length);
    this.slots.push(slot);
  }

  slotAt(char: string): Slot | undefined {
    return this.slots[char.charCodeAt(0) - SLOT_BASE];
  }

  hasMissing(text: string): boolean {
    return [...text].some((char) => SLOT.test(char) && this.slotAt(char)?.missing === true);
  }

  /** Words, or a value that will show: what makes a sentence worth keeping. */
  hasContent(text: string): boolean {
    return [...text].some((char) =>
      SLOT.test(char) ? Boolean(this.slotAt(char)?.value) : /[\p{L}\p{N}]/u.test(char),
    );
  }
}

function buildSkeleton(text: string, values: TemplateValues, missing: string[]): Skeleton | undefined {
  const skeleton = new Skeleton();
  for (const part of parseTemplate(text.replace(/\r\n?/g, '\n')).parts) {
    if (part.kind === 'text') {
      for (const char of part.text) {
        if (SLOT.test(char)) skeleton.add({ value: char, missing: false });
        else skeleton.text += char;
      }
      continue;
    }
    const value = part.known ? cleanValue(values[part.name as PlaceholderName]) : '';
    if (!value && !missing.includes(part.name)) missing.push(part.name);
    const shown = value || part.fallback || '';
    skeleton.add({ value: shown, missing: !shown });
    if (skeleton.slots.length > SLOT_LIMIT) return undefined;
  }
  return skeleton;
}

function isAbbreviation(before: string, after: string): boolean {
  const token = (/(\S+)$/.exec(before)?.[1] ?? '').replace(/^[^\p{L}\p{N}]+/u, '');
  const bare = token.replace(/\./g, '').toLowerCase();
  if (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(token.replace(/\.$/, ''))) return true;
  return /^\s*\p{Ll}/u.test(after);
}

/** Sentences with the whitespace that follows each, so dropping one leaves the spacing right. */
function splitSentences(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (let index = 0; index < line.length; index++) {
    if (!'.!?…'.includes(line.charAt(index))) continue;
    let end = index + 1;
    while (end < line.length && /[.!?…"'”’)\]]/.test(line.charAt(end))) end++;
    const boundary =
      (end === line.length || /\s/.test(line.charAt(end))) &&
      !(
        end === index + 1 &&
        line.charAt(index) === '.' &&
        isAbbreviation(line.slice(start, end), line.slice(end))
      );
    if (boundary) {
      while (end < line.length && /\s/.test(line.charAt(end))) end++;
      sentences.push(line.slice(start, end));
      start = end;
    }
    index = end - 1;
  }
  if (start < line.length) sentences.push(line.slice(start));
  return sentences;
}

/** "I'm Ana — {{me.situation}}." without a situation is "I'm Ana."; a gap in the first clause drops it all. */
function withoutMissingClauses(sentence: string, skeleton: Skeleton): string | undefined {
  const tail = /(?:[.!?…]+["'”’)\]]*)?\s*$/.exec(sentence)?.[0] ?? '';
  const pieces = sentence.slice(0, sentence.length - tail.length).split(/(\s+[—–-]\s+)/);
  const first = pieces[0] ?? '';
  if (skeleton.hasMissing(first)) return undefined;
  let kept = first;
  for (let index = 1; index < pieces.length; index += 2) {
    const clause = pieces[index + 1] ?? '';
    if (!skeleton.hasMissing(clause)) kept += (pieces[index] ?? '') + clause;
  }
  return kept + tail;
}

function cleanSentence(sentence: string, skeleton: Skeleton): string {
  if (!skeleton.hasMissing(sentence)) return sentence;
  let cleaned = sentence
    .replace(/\s?[([][^()[\]]*[)\]]/g, (group) => (skeleton.hasMissing(group) ? '' : group))
    .replace(/^[\s,.;:!?]+/, '');
  if (skeleton.hasMissing(cleaned)) cleaned = withoutMissingClauses(cleaned, skeleton) ?? '';
  return skeleton.hasContent(cleaned) ? cleaned : '';
}

/** A line without the sentences that lost a value; undefined when nothing of it is left. */
function renderLine(line: string, skeleton: Skeleton): string | undefined {
  if (!skeleton.hasMissing(line)) return line;
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  let kept = '';
  let previousDropped = true;
  for (const sentence of splitSentences(line.slice(indent.length))) {
    const cleaned = cleanSentence(sentence, skeleton);
    // A clause that followed a dropped sentence must not start the line with its dash.
    kept += previousDropped ? cleaned.replace(/^[—–-]\s+/, '') : cleaned;
    previousDropped = cleaned !== sentence && cleaned === '';
  }
  kept = kept.trimEnd();
  return kept ? indent + kept : undefined;
}

/**
 * Joins the surviving lines. Blank lines the author wrote stay as written, except that a dropped
 * line never leaves two paragraph breaks in a row, or one at the very start or end.
 */
function joinLines(lines: (string | undefined)[]): string {
  const output: string[] = [];
  let gap: string[] = [];
  let droppedInGap = false;
  let seenContent = false;
  for (const line of lines) {
    if (line === undefined) droppedInGap = true;
    else if (line.trim() === '') gap.push(line);
    else {
      if (!droppedInGap) output.push(...gap);
      else if (seenContent && gap.length > 0) output.push('');
      output.push(line);
      gap = [];
      droppedInGap = false;
      seenContent = true;
    }
  }
  if (!droppedInGap) output.push(...gap);
  return output.join('\n');
}

function fillSlots(text: string, skeleton: Skeleton): string {
  return text.replace(/[\uE000-\uF8FF](\.(?!\.))?/g, (match, dot: string | undefined) => {
    const value = skeleton.slotAt(match.charAt(0))?.value ?? '';
    return dot && /[.!?…]$/.test(value) ? value : value + (dot ?? '');
  });
}

function render(text: string, values: TemplateValues, missing: string[]): string {
  const skeleton = buildSkeleton(text, values, missing);
  if (!skeleton) return renderWithoutTidying(text, values);
  const lines = skeleton.text.split('\n').map((line) => renderLine(line, skeleton));
  return fillSlots(joinLines(lines), skeleton);
}

/** Only for templates with more placeholders than there are slot characters: fill, never tidy. */
function renderWithoutTidying(text: string, values: TemplateValues): string {
  return parseTemplate(text)
    .parts.map((part) =>
      part.kind === 'text'
        ? part.text
        : cleanValue(values[part.name as PlaceholderName]) || part.fallback || '',
    )
    .join('');
}

/** Renders one text; sentences, clauses and bracketed asides whose value is missing are left out. */
export function renderText(text: string, values: TemplateValues): { text: string; missing: string[] } {
  const missing: string[] = [];
  return { text: render(text, values, missing), missing };
}

/**
 * Fills a template. A sentence or line whose value is missing is left out rather than shown with a
 * hole ("Hi ,"); `{{name|fallback}}` supplies words to use instead. Values are inserted once and never
 * read as template syntax.
 */
export function renderTemplate(
  template: { subject: string; body: string },
  values: TemplateValues,
): RenderedTemplate {
  const missing: string[] = [];
  const subject = render(template.subject, values, missing)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  const body = render(template.body, values, missing);
  return { subject, body, missing };
}
