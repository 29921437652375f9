/**
 * JSON with every object's keys in sorted order. Records keep their keys in whatever order the code that
 * wrote them used, and an import rebuilds them in the schema's order; sorting makes the same data the same
 * text, so an export imported and exported again is byte-identical.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) sorted[key] = sortKeys(item);
  }
  return sorted;
}
