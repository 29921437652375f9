import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/contact';
import { emptyProfile } from '../../shared/profile';
import { readCsv } from '../csv/read-csv';
import { CONTACTS_CSV_HEADER, contactsCsv } from './contacts-csv';
import { readConnections } from './linkedin-connections';
import { contactsVcf, contactVcard, escapeVcardText, foldVcardLine } from './vcard';

const MAYA = 'https://www.linkedin.com/in/demo-maya-okafor/';
const SAVED = Date.UTC(2026, 0, 5);
const maya = (): Contact => ({
  url: MAYA,
  name: 'Maya Okafor',
  profile: {
    ...emptyProfile(MAYA, 'Maya Okafor'),
    headline: '=HYPERLINK("https://evil.example","click"), research; lead',
    location: 'London, England',
    experience: [{ title: 'UX Research Lead', company: 'Brightwater Labs' }],
  },
  firstSavedAt: SAVED,
  capturedAt: SAVED,
  updatedAt: SAVED,
  stage: 'to-contact',
  followUps: [],
  email: 'maya@example.org',
  tags: ['UX', 'London'],
  jobChanges: [],
});

const unfold = (text: string) => text.replace(/\r\n /g, '');
const unescapeVcard = (value: string) => value.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));

describe('contacts as CSV', () => {
  it('has one row a person under the header, and neutralises formula-like text', () => {
    const table = readCsv(contactsCsv([maya()]));
    expect(table.header).toEqual([...CONTACTS_CSV_HEADER]);
    const row = table.rows[0] ?? [];
    expect(row[0]).toBe('Maya Okafor');
    expect(row[1]?.startsWith("'=")).toBe(true);
    expect(row.slice(2, 8)).toEqual([
      'UX Research Lead',
      'Brightwater Labs',
      'London, England',
      'maya@example.org',
      MAYA,
      'to-contact',
    ]);
    expect(row[8]).toBe('UX; London');
    expect(row[10]).toBe('2026-01-05');
  });
});

describe('contacts as vCard 4.0', () => {
  it('writes the properties an address book reads', () => {
    const card = unfold(contactVcard(maya()));
    const lines = card.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines[1]).toBe('VERSION:4.0');
    expect(lines).toContain('FN:Maya Okafor');
    expect(lines).toContain('N:Okafor;Maya;;;');
    expect(lines).toContain('TITLE:UX Research Lead');
    expect(lines).toContain('ORG:Brightwater Labs');
    expect(lines).toContain('EMAIL;TYPE=work:maya@example.org');
    expect(lines).toContain(`URL;TYPE=linkedin:${MAYA}`);
    expect(lines).toContain('CATEGORIES:UX,London');
    expect(lines.find((l) => l.startsWith('NOTE:'))).toContain('\\, research\\; lead');
    expect(lines.at(-1)).toBe('END:VCARD');
    expect(contactsVcf([maya(), maya()]).match(/BEGIN:VCARD/g)).toHaveLength(2);
  });

  it('escapes any text so it reads back the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const escaped = escapeVcardText(s);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(unescapeVcard(escaped)).toBe(s.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const line = `NOTE:${escapeVcardText(s)}`;
        const folded = foldVcardLine(line);
        for (const part of folded.split('\r\n')) {
          expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
        }
        expect(unfold(folded)).toBe(line);
      }),
    );
  });
});

const CONNECTIONS = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Maya,Okafor,https://www.linkedin.com/in/demo-maya-okafor,maya@example.org,Brightwater Labs,UX Research Lead,15 Mar 2023',
  'Leo,Park,https://www.linkedin.com/in/leo-park,,"Northwind, Inc.",Designer,02 Jan 2024',
  'No,Address,,,Acme,,01 Jan 2020',
  'Maya,Okafor,https://www.linkedin.com/in/demo-maya-okafor/,,,,15 Mar 2023',
].join('\r\n');

describe("LinkedIn's Connections.csv", () => {
  it('finds the header after the notes LinkedIn puts first, and keeps each person once', () => {
    const file = readConnections(CONNECTIONS);
    expect(file?.skipped).toBe(1);
    expect(file?.connections).toEqual([
      {
        url: MAYA,
        name: 'Maya Okafor',
        email: 'maya@example.org',
        company: 'Brightwater Labs',
        position: 'UX Research Lead',
        connectedOn: '15 Mar 2023',
      },
      {
        url: 'https://www.linkedin.com/in/leo-park/',
        name: 'Leo Park',
        company: 'Northwind, Inc.',
        position: 'Designer',
        connectedOn: '02 Jan 2024',
      },
    ]);
  });

  it('says it is not that file when the columns are missing', () => {
    expect(readConnections('Name,Email\nMaya,maya@example.org')).toBeUndefined();
    expect(readConnections('')).toBeUndefined();
  });

  it('reads commas even when the cells are full of semicolons', () => {
    const file = readConnections(
      [
        'Notes:',
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
        '"!",X,https://www.linkedin.com/in/p0,,"",,',
        '";;!",X,https://www.linkedin.com/in/p1,,";",,',
      ].join('\n'),
    );
    expect(file?.connections.map((c) => c.company ?? '')).toEqual(['', ';']);
  });

  it('reads back what the CSV writer writes, whatever the names and companies', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            first: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== ''),
            company: fc.string({ maxLength: 40 }).filter((s) => s.trim() === s && !/^[=+\-@\t\r]/.test(s)),
          }),
          { maxLength: 20 },
        ),
        (people) => {
          const lines = [
            'Notes:',
            'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
            ...people.map(
              (p, n) =>
                `"${p.first.replace(/"/g, '""')}",X,https://www.linkedin.com/in/p${n},,"${p.company.replace(/"/g, '""')}",,`,
            ),
          ];
          const file = readConnections(lines.join('\n'));
          expect(file?.connections.map((c) => c.company ?? '')).toEqual(people.map((p) => p.company));
        },
      ),
    );
  });
});
