import { foldedWords } from '../names/fold-text';

/** "Visa sponsorship" → "visa sponsorship", but "GPA" and "I" keep their capitals. */
export function lowerFirst(text: string): string {
  const firstWord = text.split(/\s/)[0] ?? '';
  if (firstWord === 'I' || /^\p{Lu}[\p{Lu}\d]+\b/u.test(firstWord)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One obstacle in the user's words, turned into a question that reads naturally whether they wrote a
 * noun phrase ("visa sponsorship"), a lack ("no portfolio yet") or a sentence ("I'm not technical").
 */
export function obstacleQuestion(obstacle: string, field: string | undefined): string | undefined {
  const raw = obstacle.trim().replace(/\s+/g, ' ');
  if (foldedWords(raw).length === 0) return undefined;
  if (raw.endsWith('?')) return upperFirst(raw);
  const text = raw.replace(/[.!;:,]+$/, '');
  if (!text) return undefined;
  const matter = field
    ? `how much does that matter in ${field}, and how would you work around it?`
    : 'how would you work around that in my position?';
  if (/^(i|i'm|i’m|i've|i’ve|i'd|i’d|my)\b/i.test(text))
    return `${upperFirst(text.replace(/^i\b/, 'I'))} — ${matter}`;
  const lack = /^(no|limited|little|few|not enough|lack of)\s+(.+)$/i.exec(text);
  if (lack?.[1] && lack[2]) {
    const kind = lack[1].toLowerCase();
    const what = lack[2];
    const statement =
      kind === 'not enough'
        ? `I don't have enough ${what}`
        : kind === 'lack of'
          ? `I lack ${what}`
          : `I have ${kind} ${what}`;
    return `${statement} — ${matter}`;
  }
  return `How would you approach ${lowerFirst(text)} if you were in my position?`;
}
