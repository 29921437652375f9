export interface PlaceholderInfo {
  name: string;
  /** What the editor shows next to the placeholder. */
  description: string;
}

/** Every placeholder a template may use. Anything else is an error the editor shows. */
export const PLACEHOLDERS = [
  { name: 'them.firstName', description: 'Their first name' },
  { name: 'them.name', description: 'Their full name' },
  { name: 'them.company', description: 'Where they work now' },
  { name: 'them.title', description: 'Their current title' },
  { name: 'me.firstName', description: 'Your first name' },
  { name: 'me.name', description: 'Your full name' },
  { name: 'me.situation', description: 'Where you stand now, e.g. "a final-year economics student"' },
  { name: 'me.targetField', description: 'The field you want to move into' },
  { name: 'me.targetRole', description: 'The role you are aiming for' },
  { name: 'me.email', description: 'Your email address' },
  { name: 'me.signature', description: 'Your sign-off (your name if you have not set one)' },
  { name: 'me.callMinutes', description: 'How long a call you ask for: 15 or 20, as set in My profile' },
  { name: 'commonGround', description: 'The strongest thing you share, e.g. "we both studied at Leeds"' },
  { name: 'referrer.name', description: 'Who suggested you get in touch' },
  { name: 'referrer.firstName', description: 'Their first name' },
  { name: 'meeting.point', description: 'Something specific they said when you met' },
  { name: 'meeting.advice', description: 'Advice they gave you that you acted on' },
  { name: 'update.news', description: 'What has happened since you last spoke' },
  { name: 'update.actedOn', description: 'What you did on their advice (an action item you completed)' },
  { name: 'lastExchange', description: 'What you talked about last time' },
] as const satisfies readonly PlaceholderInfo[];

export type PlaceholderName = (typeof PLACEHOLDERS)[number]['name'];

export const PLACEHOLDER_NAMES: readonly PlaceholderName[] = PLACEHOLDERS.map(
  (placeholder) => placeholder.name,
);

const KNOWN = new Set<string>(PLACEHOLDER_NAMES);

export function isPlaceholderName(name: string): name is PlaceholderName {
  return KNOWN.has(name);
}

export interface TemplateError {
  /** The text between the braces, or "" for a brace that belongs to no placeholder. */
  placeholder: string;
  /** Where the problem starts in the template text. */
  index: number;
  message: string;
}

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; name: string; known: boolean; fallback?: string };

/** `{{ name }}` or `{{ name | text to use when the value is missing }}`. */
const NAME_SYNTAX = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;
const SINGLE_BRACED = /^\{\s*([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)+)\s*\}/;

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function closestPlaceholder(name: string): PlaceholderName | undefined {
  const lower = name.toLowerCase();
  let best: { name: PlaceholderName; distance: number } | undefined;
  for (const known of PLACEHOLDER_NAMES) {
    const distance = editDistance(lower, known.toLowerCase());
    if (distance <= 3 && (!best || distance < best.distance)) best = { name: known, distance };
  }
  return best?.name;
}

function unknownMessage(name: string): string {
  const suggestion = closestPlaceholder(name);
  return suggestion
    ? `{{${name}}} is not a placeholder Rapport knows. Did you mean {{${suggestion}}}?`
    : `{{${name}}} is not a placeholder Rapport knows.`;
}

/**
 * Splits a template into literal text and placeholders, collecting every syntax problem. Anything
 * malformed stays literal text, so rendering never guesses what a broken placeholder meant.
 */
export function parseTemplate(text: string): { parts: TemplatePart[]; errors: TemplateError[] } {
  const parts: TemplatePart[] = [];
  const errors: TemplateError[] = [];
  let literal = '';
  let index = 0;
  while (index < text.length) {
    if (text.startsWith('{{', index)) {
      const close = text.indexOf('}}', index + 2);
      const reopen = text.indexOf('{{', index + 2);
      if (close === -1 || (reopen !== -1 && reopen < close)) {
        errors.push({
          placeholder: '',
          index,
          message: 'This {{ is never closed: add }} after the placeholder name.',
        });
        literal += '{{';
        index += 2;
        continue;
      }
      const inner = text.slice(index + 2, close);
      const bar = inner.indexOf('|');
      const name = (bar === -1 ? inner : inner.slice(0, bar)).trim();
      const fallback = bar === -1 ? undefined : inner.slice(bar + 1).trim();
      let problem: string | undefined;
      if (/[{}]/.test(inner))
        problem = 'Placeholders take exactly two braces on each side, like {{them.firstName}}.';
      else if (!NAME_SYNTAX.test(name)) problem = `{{${inner}}} is not a placeholder name.`;
      if (problem) {
        errors.push({ placeholder: inner, index, message: problem });
        literal += text.slice(index, close + 2);
        index = close + 2;
        continue;
      }
      const known = isPlaceholderName(name);
      if (!known) errors.push({ placeholder: name, index, message: unknownMessage(name) });
      if (fallback === '') {
        errors.push({
          placeholder: name,
          index,
          message:
            'Nothing follows the |: write the words to use when the value is missing, or remove the |.',
        });
      }
      if (literal) parts.push({ kind: 'text', text: literal });
      literal = '';
      parts.push({ kind: 'placeholder', name, known, ...(fallback && { fallback }) });
      index = close + 2;
      continue;
    }
    if (text.startsWith('}}', index)) {
      errors.push({
        placeholder: '',
        index,
        message: 'This }} closes nothing: add {{ before the placeholder name.',
      });
      literal += '}}';
      index += 2;
      continue;
    }
    const single = text[index] === '{' ? SINGLE_BRACED.exec(text.slice(index)) : null;
    if (single?.[1] && closestPlaceholder(single[1])) {
      errors.push({
        placeholder: single[1],
        index,
        message: `Placeholders take two braces on each side: {{${closestPlaceholder(single[1])}}}.`,
      });
      literal += single[0];
      index += single[0].length;
      continue;
    }
    literal += text.charAt(index);
    index++;
  }
  if (literal) parts.push({ kind: 'text', text: literal });
  return { parts, errors };
}

/** Every problem the template editor should point at: unknown placeholders, unbalanced braces. */
export function validateTemplate(text: string): { errors: TemplateError[] } {
  return { errors: parseTemplate(text).errors };
}
