import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactOf } from '../../../tests/support/test-db';
import type { Contact } from '../../shared/contact';
import type { FollowUpRecord, Interaction } from '../../shared/interaction';
import { readCsv } from '../csv/read-csv';
import {
  INTERVIEW_COLUMNS,
  type InterviewRow,
  interviewCells,
  interviewRows,
  interviewsCsv,
} from './interview-rows';

const T0 = new Date(2026, 4, 4, 15, 0).getTime();
const DAY = 86_400_000;
const eduardo = contactOf('eduardo', 'Eduardo Silva', T0, {
  experience: [{ title: 'Solutions Architect', company: 'AWS', end: 'Present' }],
});
const contacts = new Map<string, Contact>([[eduardo.url, eduardo]]);
const held = (id: string, at: number, advice: string[]): Interaction => ({
  id,
  contactUrl: eduardo.url,
  kind: 'meeting-held',
  at,
  advice,
});
const item = (title: string, status: FollowUpRecord['status'], updatedAt: number): FollowUpRecord => ({
  id: title,
  contactUrl: eduardo.url,
  kind: 'action-item',
  status,
  title,
  dueAt: updatedAt + DAY,
  updatedAt,
});

describe('interviewRows', () => {
  it('one row per meeting, with the action items that followed it', () => {
    const rows = interviewRows(
      [
        held('m1', T0, ['Get the AWS cert']),
        held('m2', T0 + 30 * DAY, ['Apply in spring']),
        { ...held('n', T0, []), kind: 'note' },
      ],
      contacts,
      [item('Book the exam', 'done', T0 + DAY), item('Apply', 'open', T0 + 31 * DAY)],
    );
    expect(rows.map(interviewCells)).toEqual([
      [
        '2026-05-04',
        'Eduardo Silva',
        'Solutions Architect',
        'AWS',
        'Get the AWS cert',
        'Book the exam',
        'done',
      ],
      ['2026-06-03', 'Eduardo Silva', 'Solutions Architect', 'AWS', 'Apply in spring', 'Apply', 'open'],
    ]);
  });
});

describe('interviewsCsv', () => {
  const row = (over: Partial<InterviewRow>): InterviewRow => ({
    interactionId: 'm',
    contactUrl: eduardo.url,
    at: T0,
    name: 'Eduardo Silva',
    role: '',
    company: '',
    advice: [],
    nextSteps: [],
    ...over,
  });

  it.each([
    ['quotes', { name: 'Eduardo "Edu" Silva' }, 'Eduardo "Edu" Silva'],
    ['commas', { company: 'Amazon Web Services, Inc.' }, 'Amazon Web Services, Inc.'],
    ['line breaks', { advice: ['Get the cert', 'Then apply'] }, 'Get the cert\nThen apply'],
    ['a formula', { role: '=HYPERLINK("http://evil")' }, '\'=HYPERLINK("http://evil")'],
    ['a leading minus, plus and at', { company: '-1+2' }, "'-1+2"],
    ['non-ASCII', { name: 'Zoë Ångström 李雷' }, 'Zoë Ångström 李雷'],
  ])('%s survive a round trip', (_, over, expected) => {
    const text = interviewsCsv([row(over)]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const { header, rows } = readCsv(text);
    expect(header).toEqual([...INTERVIEW_COLUMNS]);
    expect(rows[0]).toContain(expected);
  });

  it('parses back to the same rows, whatever was written', () => {
    const safe = fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s) && !/\r/.test(s));
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: safe, role: safe, company: safe }), { maxLength: 8 }),
        (people) => {
          const rows = people.map((p) => row(p));
          expect(readCsv(interviewsCsv(rows)).rows.filter((r) => r.some(Boolean))).toEqual(
            rows.map(interviewCells).filter((r) => r.some(Boolean)),
          );
        },
      ),
    );
  });
});
