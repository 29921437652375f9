import { createEvent, type EventAttributes } from 'ics';

export interface MeetingInvite {
  title: string;
  description?: string;
  startsAt: number;
  /** Planned length in minutes. */
  minutes: number;
  where?: string;
  uid: string;
  /** Only written with a usable email: RFC 5545 requires ORGANIZER to carry an address. */
  organizer?: { name?: string; email?: string };
  /** When the file is made (DTSTAMP). Defaults to startsAt, so one meeting always gives the same bytes. */
  stamp?: number;
}

/*
 * Built on the `ics` package, whose code paths are free of eval and new Function (MV3's CSP forbids
 * them; property-expr ships a compiler.js that uses new Function, but nothing imports it). `ics` leaves
 * a few gaps that matter for text taken from profile pages, closed here:
 * - TEXT: it escapes \ ; , and LF but passes lone CR and other control characters through, which can
 *   break lines in lenient parsers. Text is normalised first.
 * - ORGANIZER: the CN is not newline-escaped and quotes become \" (not valid in a parameter), so the
 *   name is cleaned, and the property is left off without a plain email address.
 * - UID is not TEXT-escaped.
 * - Lines are folded every 75 characters, not 75 octets, so non-ASCII lines run long. The output is
 *   refolded by octets, never splitting a character.
 * - 0 minutes would be written as "PT", an invalid duration; a meeting lasts at least a minute.
 */
export function meetingToIcs(invite: MeetingInvite): string {
  const minutes = Math.round(invite.minutes);
  if (!Number.isFinite(invite.startsAt)) throw new RangeError('meetingToIcs: startsAt is not a time');
  if (!(minutes >= 1)) throw new RangeError('meetingToIcs: a meeting lasts at least one minute');
  // `timestamp` (DTSTAMP) is honoured by `ics` but missing from its types, hence the assertion.
  const event = {
    productId: '-//Rapport//Rapport//EN',
    uid: escapeText(cleanText(invite.uid)),
    title: cleanText(invite.title),
    start: invite.startsAt,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { hours: Math.floor(minutes / 60), minutes: minutes % 60 },
    timestamp: invite.stamp ?? invite.startsAt,
  } as EventAttributes;
  if (invite.description) event.description = cleanText(invite.description);
  if (invite.where) event.location = cleanText(invite.where);
  const email = invite.organizer?.email?.trim();
  if (email && PLAIN_EMAIL.test(email)) {
    event.organizer = { name: cleanParam(invite.organizer?.name ?? '') || email, email };
  }
  const { error, value } = createEvent(event);
  if (error || value === null) throw error ?? new Error('meetingToIcs: no output');
  return refold(value);
}

const PLAIN_EMAIL = /^[^\s"<>()[\]\\,;:@]+@[^\s"<>()[\]\\,;:@]+\.[^\s"<>()[\]\\,;:@]+$/;

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f;
}

/** Line breaks in any convention become LF (which `ics` escapes as \n); other controls are dropped. */
function cleanText(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n')) if (!isControl(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

/** A quoted parameter value may hold neither DQUOTE nor control characters (RFC 5545 §3.1). */
function cleanParam(text: string): string {
  return cleanText(text).replace(/\n/g, ' ').replace(/"/g, "'").trim();
}

function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

function utf8Length(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Lines of at most 75 octets (RFC 5545 §3.1); a continuation line is a space plus 74 octets. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + n > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Unfold what `ics` folded (CRLF plus one space or tab), then fold again by octets. */
function refold(ics: string): string {
  const logical: string[] = [];
  for (const line of ics.split('\r\n')) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && logical.length > 0) {
      logical[logical.length - 1] += line.slice(1);
    } else if (line !== '') {
      logical.push(line);
    }
  }
  return `${logical.map(fold).join('\r\n')}\r\n`;
}
