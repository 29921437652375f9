/** Ids up to this long stay as they were, readable, so every decision stored against them still finds them. */
const READABLE_ID = 300;

/** FNV-1a with a given basis, as 7 base-36 digits. */
function fnv(text: string, basis: number): string {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** A fixed-length (15 characters, 64 bits) stand-in for a text, so two of one person's addresses never meet. */
export function addressHash(text: string): string {
  return `#${fnv(text, 0x811c9dc5)}${fnv(text, 0x9747b28c)}`;
}

/**
 * A follow-up's id: `${kind}:${contactUrl}:${source}`. A page address can be thousands of characters
 * long, and an id built from it would outgrow the id limit (the importer would refuse the backup and
 * "Done" would be refused as a malformed message), so when the readable id is too long its address and
 * source are replaced by fixed-length hashes.
 */
export function followUpId(kind: string, contactUrl: string, source: string): string {
  const readable = `${kind}:${contactUrl}:${source}`;
  if (readable.length <= READABLE_ID) return readable;
  const short = (part: string) => (part.length > 40 ? addressHash(part) : part);
  return `${kind}:${addressHash(contactUrl)}:${short(source)}`;
}
