import { foldedKey } from '../core/names/fold-text';
/** One item per line (and, where commas separate items, per comma), trimmed, blanks and repeats dropped. */
export function parseTextList(text: string, splitCommas = false): string[] {
  const parts = text.split(splitCommas ? /[\n,]/ : /\n/);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of parts) {
    const item = part.trim();
    const key = foldedKey(item);
    if (item && !seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}
