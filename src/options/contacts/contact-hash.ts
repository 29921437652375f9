const PREFIX = '#contact=';

/** The contact a `#contact=<encoded url>` hash names (see contactPageHash), or undefined for any other hash. */
export function contactUrlFromHash(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    const url = decodeURIComponent(hash.slice(PREFIX.length));
    return url || undefined;
  } catch {
    return undefined;
  }
}

/** Where "All contacts" goes: the section of the options page that lists everyone. */
export const CONTACTS_HASH = '#contacts';
