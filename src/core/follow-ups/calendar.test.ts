import { describe, expect, it } from 'vitest';
import { type MeetingInvite, meetingToIcs } from './calendar';

const START = Date.UTC(2025, 5, 10, 14, 30);
const octets = (s: string) => new TextEncoder().encode(s).length;

interface Property {
  name: string;
  params: string;
  value: string;
}

/** Just enough RFC 5545 to read our own output back, strict about what a real parser would trip on. */
function parse(ics: string): Property[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  const physical = ics.slice(0, -2).split('\r\n');
  const logical: string[] = [];
  for (const line of physical) {
    expect(octets(line)).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\r\n]/);
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical.map((line) => {
    let quoted = false;
    let colon = -1;
    for (let n = 0; n < line.length && colon < 0; n++) {
      if (line[n] === '"') quoted = !quoted;
      else if (line[n] === ':' && !quoted) colon = n;
    }
    expect(colon).toBeGreaterThan(0);
    const head = line.slice(0, colon);
    const semi = head.indexOf(';');
    return {
      name: semi < 0 ? head : head.slice(0, semi),
      params: semi < 0 ? '' : head.slice(semi + 1),
      value: line.slice(colon + 1),
    };
  });
}

function text(value: string): string {
  // An unescaped ; or , inside a TEXT value would split it into several values.
  expect(value.replace(/\\[\\;,nN]/g, '')).not.toMatch(/[;,\\]/);
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function event(invite: MeetingInvite): Map<string, Property> {
  const props = parse(meetingToIcs(invite));
  expect(props.map((p) => p.name).filter((n) => n === 'BEGIN' || n === 'END')).toEqual([
    'BEGIN',
    'BEGIN',
    'END',
    'END',
  ]);
  expect(props[0]?.value).toBe('VCALENDAR');
  expect(props.find((p) => p.name === 'BEGIN' && p.value === 'VEVENT')).toBeDefined();
  return new Map(props.filter((p) => p.name !== 'BEGIN' && p.name !== 'END').map((p) => [p.name, p]));
}

const base: MeetingInvite = { title: 'Coffee with Ada', startsAt: START, minutes: 45, uid: 'i-123@rapport' };

describe('meetingToIcs', () => {
  it('writes a VCALENDAR with one VEVENT of the planned length', () => {
    const props = event(base);
    expect(props.get('VERSION')?.value).toBe('2.0');
    expect(props.get('PRODID')?.value).toBe('-//Rapport//Rapport//EN');
    expect(props.get('UID')?.value).toBe('i-123@rapport');
    expect(props.get('SUMMARY')?.value).toBe('Coffee with Ada');
    expect(props.get('DTSTART')?.value).toBe('20250610T143000Z');
    expect(props.get('DURATION')?.value).toBe('PT45M');
    expect(props.get('DTSTAMP')?.value).toBe('20250610T143000Z');
    expect(props.has('ORGANIZER')).toBe(false);
  });

  it.each([
    [90, 'PT1H30M'],
    [60, 'PT1H'],
    [1, 'PT1M'],
    [29.6, 'PT30M'],
  ])('%s minutes → %s', (minutes, duration) => {
    expect(event({ ...base, minutes }).get('DURATION')?.value).toBe(duration);
  });

  it.each([0, -5, Number.NaN])('refuses a meeting of %s minutes', (minutes) => {
    expect(() => meetingToIcs({ ...base, minutes })).toThrow(RangeError);
  });

  it('refuses a start that is not a time', () => {
    expect(() => meetingToIcs({ ...base, startsAt: Number.NaN })).toThrow(RangeError);
  });

  it('is deterministic: the stamp is given or taken from the start', () => {
    expect(meetingToIcs(base)).toBe(meetingToIcs(base));
    expect(event({ ...base, stamp: Date.UTC(2025, 5, 1) }).get('DTSTAMP')?.value).toBe('20250601T000000Z');
  });

  it.each([
    ['CRLF, LF and lone CR become line breaks', 'a\r\nb\nc\rd', 'a\nb\nc\nd'],
    ['; , and \\ survive', 'Coffee; with, Ada \\ Bo', 'Coffee; with, Ada \\ Bo'],
    ['control characters are dropped', 'a\u0000b\u0007c\u001bd\u007fe\tf', 'abcde\tf'],
    [
      'an attempt to inject a property stays text',
      'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil',
      'x\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:evil',
    ],
  ])('untrusted text: %s', (_label, input, expected) => {
    const props = event({ ...base, title: input, description: input, where: input, uid: input });
    for (const name of ['SUMMARY', 'DESCRIPTION', 'LOCATION', 'UID']) {
      expect(text(props.get(name)?.value ?? '')).toBe(expected);
    }
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const title = `Kaffee mit Jürgen Müller über 日本語のキャリア ${'🙂'.repeat(40)} and a long tail ${'x'.repeat(200)}`;
    const ics = meetingToIcs({ ...base, title, description: 'é'.repeat(300) });
    expect(ics).not.toContain('\uFFFD');
    const props = event({ ...base, title, description: 'é'.repeat(300) });
    expect(text(props.get('SUMMARY')?.value ?? '')).toBe(title);
    expect(text(props.get('DESCRIPTION')?.value ?? '')).toBe('é'.repeat(300));
    const folded = ics.split('\r\n').filter((l) => l.startsWith(' '));
    expect(folded.length).toBeGreaterThan(5);
    expect(folded.every((l) => !/^\s*[\uDC00-\uDFFF]/.test(l))).toBe(true);
  });

  it('writes the organizer with a usable email, quoting the name safely', () => {
    const props = event({
      ...base,
      organizer: { name: 'Eve "the" Student\r\nX-EVIL:1', email: 'eve@example.org' },
    });
    expect(props.get('ORGANIZER')).toEqual({
      name: 'ORGANIZER',
      params: `CN="Eve 'the' Student X-EVIL:1"`,
      value: 'MAILTO:eve@example.org',
    });
    expect(props.has('X-EVIL')).toBe(false);
  });

  it.each([
    ['no email', { name: 'Eve' }],
    ['a malformed email', { name: 'Eve', email: 'eve@example.org\r\nX-EVIL:1' }],
    ['an email with a colon', { name: 'Eve', email: 'eve:x@example.org' }],
  ])('leaves the organizer off with %s', (_label, organizer) => {
    expect(event({ ...base, organizer }).has('ORGANIZER')).toBe(false);
  });
});
