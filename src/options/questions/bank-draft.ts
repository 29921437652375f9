import { foldedKey } from '../../core/names/fold-text';
/** The question bank as the form holds it: each row keeps an id, so focus and typing follow it when it moves. */
export interface BankRow {
  key: number;
  text: string;
}

export const BANK_LIMIT = 500;
export const QUESTION_MAX_LENGTH = 1000;

let nextKey = 1;

export function toRows(bank: readonly string[]): BankRow[] {
  return bank.map((text) => ({ key: nextKey++, text }));
}

/** A row to add to `rows`, with a key none of them has (rows brought back after a reload keep theirs). */
export function newRow(text: string, rows: readonly BankRow[] = []): BankRow {
  nextKey = Math.max(nextKey, ...rows.map((row) => row.key + 1));
  return { key: nextKey++, text };
}

export function moveRow(rows: readonly BankRow[], key: number, direction: -1 | 1): BankRow[] {
  const from = rows.findIndex((row) => row.key === key);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  [next[from], next[to]] = [next[to] as BankRow, next[from] as BankRow];
  return next;
}

/** What is saved: each question on one line, trimmed; blanks and repeats (ignoring case) dropped. */
export function fromRows(rows: readonly BankRow[]): string[] {
  const seen = new Set<string>();
  const bank: string[] = [];
  for (const row of rows) {
    const text = row.text.replace(/\s+/g, ' ').trim();
    const key = foldedKey(text);
    if (!text || seen.has(key)) continue;
    seen.add(key);
    bank.push(text);
  }
  return bank;
}

export function sameBank(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((text, index) => text === b[index]);
}
