export interface MailDraft {
  to?: string;
  subject: string;
  body: string;
}

/** Lone surrogates cannot be percent-encoded; a replacement character keeps the rest of the text. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Percent-encodes everything but unreserved characters (RFC 3986), including ! ' ( ) * that
 * encodeURIComponent leaves alone, since some mail clients treat them specially in a mailto query.
 * Spaces become %20, never +.
 */
export function encodeMailComponent(text: string): string {
  return encodeURIComponent(wellFormed(text)).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** RFC 6068 wants line breaks in a body as CRLF. */
function crlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

/** A subject is one header line: a line break in it would end the header early. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Addresses keep "@" and the "," between several recipients readable, as RFC 6068 allows. */
function encodeRecipients(to: string): string {
  return to
    .split(',')
    .map((address) => encodeMailComponent(address.trim()).replace(/%40/g, '@'))
    .filter((address) => address.length > 0)
    .join(',');
}

/** A mailto: link that opens the user's mail app with the draft filled in. */
export function mailtoUrl(draft: MailDraft): string {
  const query = [
    `subject=${encodeMailComponent(oneLine(draft.subject))}`,
    `body=${encodeMailComponent(crlf(draft.body))}`,
  ];
  return `mailto:${encodeRecipients(draft.to ?? '')}?${query.join('&')}`;
}

/**
 * Gmail's compose window with the draft filled in, for users whose mail lives in the browser. Line breaks
 * go as CRLF, as in a mailto: body, so a signature keeps its lines.
 */
export function gmailComposeUrl(draft: MailDraft): string {
  const params = ['view=cm', 'fs=1'];
  const to = encodeRecipients(draft.to ?? '');
  if (to) params.push(`to=${to}`);
  params.push(
    `su=${encodeMailComponent(oneLine(draft.subject))}`,
    `body=${encodeMailComponent(crlf(draft.body))}`,
  );
  return `https://mail.google.com/mail/?${params.join('&')}`;
}
