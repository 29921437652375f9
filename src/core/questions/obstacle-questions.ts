import { foldedWords } from '../names/fold-text';
import { sentenceCase } from '../templates/sentence-case';

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
 * One obstacle in the user's words, turned into a question that reads correctly whatever they typed.
 * Forms Rapport can restate in the first person are restated: a sentence ("I'm not technical"), a lack
 * ("no portfolio yet" → "I have no portfolio yet"), a doubt ("not sure how to …" → "I'm not sure how
 * to …"). Anything else, noun or verb or fragment, is quoted as written rather than forced into a
 * sentence it may not fit ("How would you approach get past resume screens").
 */
export function obstacleQuestion(obstacle: string, field: string | undefined): string | undefined {
  const raw = obstacle.trim().replace(/\s+/g, ' ');
  if (foldedWords(raw).length === 0) return undefined;
  if (raw.endsWith('?')) return upperFirst(raw);
  const text = raw.replace(/[.!;:,]+$/, '').replace(/^["“‘']+|["”’']+$/g, '');
  if (foldedWords(text).length === 0) return undefined;
  const matter = field
    ? `how much does that matter in ${sentenceCase(field)}, and how would you work around it?`
    : 'how would you work around that in my position?';
  if (/^(i|i'm|i’m|i've|i’ve|i'd|i’d|my)\b/i.test(text))
    return `${upperFirst(text.replace(/^i\b/, 'I'))} — ${matter}`;
  const doubt =
    /^(not sure|unsure|not certain|don['’]t know|do not know|can['’]t|cannot|haven['’]t|have not|never|struggl\w+|finding it hard)\b(.*)$/i.exec(
      text,
    );
  if (doubt?.[1]) {
    const opening = doubt[1].toLowerCase();
    const subject = /^(not|unsure)/.test(opening) ? 'I’m' : 'I';
    return `${subject} ${opening}${doubt[2] ?? ''} — ${matter}`;
  }
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
  return `One thing holding me back is “${text}”. What would you do about it in my place?`;
}
