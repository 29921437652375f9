/**
 * Whether two JSON-like values hold the same data, whatever order their keys came in. Data reaches Rapport
 * built in different orders (the popup's direct read and the worker's answer, a backup file and the stored
 * rows, a kept form draft and the saved value), and the order of keys never makes it different data.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameData(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  // An absent key and one set to undefined are the same data once sent as a message.
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameData(left[key], right[key])) return false;
  return true;
}
