import type { SaveProfileResult } from '../shared/protocol';

/**
 * What the background answered for each capture it stored lately, by the capture's content hash. The
 * content script sends a capture again when the worker stopped before it could reply; the receipt turns
 * that retry into the first answer, writing nothing. Receipts live in the browser's session storage
 * (injected), so they outlast the worker that wrote them.
 */
export interface Receipt {
  hash: string;
  at: number;
  result: SaveProfileResult;
}

export interface ReceiptStore {
  read: () => Promise<Receipt[]>;
  write: (receipts: Receipt[]) => Promise<void>;
}

/** Long enough for every retry, short enough that a visit tomorrow is captured afresh. */
export const RECEIPT_MS = 10 * 60 * 1000;
const MAX_RECEIPTS = 100;

/** SHA-256 of what was sent, in hex: the same capture always has the same hash. */
export async function contentHash(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function memoryReceiptStore(): ReceiptStore {
  let kept: Receipt[] = [];
  return {
    read: async () => kept,
    write: async (receipts) => {
      kept = receipts;
    },
  };
}

/** Stores a capture once per content: a repeat within RECEIPT_MS gets the first reply. */
export async function saveOnce(
  store: ReceiptStore,
  capture: unknown,
  now: number,
  save: () => Promise<SaveProfileResult>,
): Promise<SaveProfileResult> {
  const hash = await contentHash(capture);
  const fresh = (await store.read()).filter((r) => now - r.at < RECEIPT_MS && r.at <= now);
  const earlier = fresh.find((r) => r.hash === hash);
  if (earlier) return earlier.result;
  const result = await save();
  // Written only after the save committed: a worker stopped in between leaves no receipt, and the
  // retry saves again, which merges to the same contact and adds no snapshot.
  await store.write([...fresh.slice(-(MAX_RECEIPTS - 1)), { hash, at: now, result }]);
  return result;
}
