import type { Contact } from '../../shared/contact';

/** RFC 6350 §3.4: text values escape backslash, comma, semicolon and line breaks. */
export function escapeVcardText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 6350 §3.2: content lines longer than 75 octets are folded with CRLF and one space. A fold never
 * splits a character, so every line stays valid UTF-8.
 */
export function foldVcardLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** "Maya Okafor" → family "Okafor", given "Maya": the N property wants the parts, a name is one string. */
function nameParts(name: string): { family: string; given: string } {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { family: '', given: words[0] ?? '' };
  return { family: words.at(-1) ?? '', given: words.slice(0, -1).join(' ') };
}

/** One person as a vCard 4.0, for an address book. */
export function contactVcard(contact: Contact): string {
  const e = escapeVcardText;
  const { family, given } = nameParts(contact.name);
  const current = contact.profile.experience[0];
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${e(contact.name)}`,
    `N:${e(family)};${e(given)};;;`,
    ...(current?.title ? [`TITLE:${e(current.title)}`] : []),
    ...(current?.company ? [`ORG:${e(current.company)}`] : []),
    ...(contact.email ? [`EMAIL;TYPE=work:${e(contact.email)}`] : []),
    `URL;TYPE=linkedin:${contact.url}`,
    ...(contact.tags.length ? [`CATEGORIES:${contact.tags.map(e).join(',')}`] : []),
    ...(contact.profile.headline ? [`NOTE:${e(contact.profile.headline)}`] : []),
    `REV:${new Date(contact.updatedAt).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')}`,
    'END:VCARD',
  ];
  return lines.map(foldVcardLine).join('\r\n');
}

/** Everyone, one vCard after another in one .vcf file, as address books import them. */
export function contactsVcf(contacts: readonly Contact[]): string {
  return contacts.map((c) => `${contactVcard(c)}\r\n`).join('');
}
