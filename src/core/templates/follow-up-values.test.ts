import { describe, expect, it } from 'vitest';
import type { FollowUp, FollowUpRecord, Interaction } from '../../shared/interaction';
import { DEFAULT_TEMPLATES } from './default-templates';
import { followUpValues, inSentence, owedEmail } from './follow-up-values';
import { renderTemplate } from './templates';

const URL = 'https://www.linkedin.com/in/eduardo/';
let n = 0;
const interaction = (
  kind: Interaction['kind'],
  at: number,
  over: Partial<Interaction> = {},
): Interaction => ({
  id: `i${++n}`,
  contactUrl: URL,
  kind,
  at,
  ...over,
});
const item = (title: string, status: FollowUpRecord['status'], updatedAt: number, advice?: string) =>
  ({
    id: `a${++n}`,
    contactUrl: URL,
    kind: 'action-item',
    status,
    title,
    dueAt: updatedAt,
    updatedAt,
    ...(advice ? { advice } : {}),
  }) satisfies FollowUpRecord;
const template = (kind: string) =>
  DEFAULT_TEMPLATES.find((t) => t.kind === kind) as (typeof DEFAULT_TEMPLATES)[number];

describe('followUpValues', () => {
  const meeting = interaction('meeting-held', 10, {
    note: 'Long chat about cloud roles',
    advice: ['Get the AWS certification.', 'Join the local cloud meetup'],
    points: ['How she moved from support into solutions architecture', 'AWS re:Invent talks'],
  });

  it.each([
    [
      'the marked points and the advice to act on',
      [meeting],
      [],
      {
        'meeting.point': '“how she moved from support into solutions architecture” and “AWS re:Invent talks”',
        'meeting.advice': '“get the AWS certification”',
        'update.actedOn': undefined,
        lastExchange: 'how she moved from support into solutions architecture',
      },
    ],
    [
      'no points marked: the first advice is the point, the next the advice',
      [interaction('meeting-held', 10, { note: 'Build a portfolio\nLearn SQL' })],
      [],
      {
        'meeting.point': '“build a portfolio”',
        'meeting.advice': '“learn SQL”',
        'update.actedOn': undefined,
        lastExchange: 'build a portfolio',
      },
    ],
    [
      'a completed action item names the advice it acted on',
      [meeting],
      [
        item('Passed the AWS Cloud Practitioner exam', 'done', 30, 'Get the AWS certification.'),
        item('Email Dana', 'open', 40),
      ],
      {
        'meeting.point': '“how she moved from support into solutions architecture” and “AWS re:Invent talks”',
        'meeting.advice': '“get the AWS certification”',
        'update.actedOn': 'passed the AWS Cloud Practitioner exam',
        lastExchange: 'how she moved from support into solutions architecture',
      },
    ],
    [
      'nothing known',
      [interaction('outreach-sent', 1)],
      [],
      {
        'meeting.point': undefined,
        'meeting.advice': undefined,
        'update.actedOn': undefined,
        lastExchange: undefined,
      },
    ],
  ])('%s', (_, interactions, records, expected) => {
    expect(followUpValues(interactions, records)).toEqual(expected);
  });

  it('fills the thank-you with substance, not only a greeting', () => {
    const values = {
      'them.firstName': 'Eduardo',
      'me.signature': 'Sam Rivera\nMSc student',
      ...followUpValues([meeting], []),
    };
    const body = renderTemplate(template('thank-you'), values).body;
    expect(body).toContain(
      'what you said (“how she moved from support into solutions architecture” and “AWS re:Invent talks”)',
    );
    expect(body).toContain('your advice (“get the AWS certification”)');
    expect(body).toMatch(/Thanks again,\nSam Rivera\nMSc student$/);
  });

  it('the keep-posted email says what the user did on the advice', () => {
    const values = followUpValues(
      [meeting],
      [item('Passed the AWS exam', 'done', 30, 'Get the AWS certification')],
    );
    expect(renderTemplate(template('keep-posted'), values).body).toContain(
      'I took your advice and passed the AWS exam.',
    );
  });

  it.each([
    ['Get the AWS cert.', 'get the AWS cert'],
    ['AWS first', 'AWS first'],
    ['  Learn SQL; ', 'learn SQL'],
    ['Priya Raman, who runs research ops', 'Priya Raman, who runs research ops'],
    ['Networking.', 'networking'],
  ])('inSentence(%j) → %j', (text, expected) => {
    expect(inSentence(text)).toBe(expected);
  });
});

describe('owedEmail', () => {
  const due = (kind: FollowUp['kind'], dueAt: number): FollowUp => ({
    id: `${kind}${dueAt}`,
    contactUrl: URL,
    kind,
    dueAt,
    status: 'open',
  });
  it.each([
    ['nothing owed', [], undefined],
    ['a thank-you after the meeting', [due('thank-you', 50)], { kind: 'thank-you', since: 50 }],
    [
      'the thank-you before an older check-in',
      [due('check-in', 10), due('thank-you', 50)],
      { kind: 'thank-you', since: 50 },
    ],
    ['keep-posted', [due('keep-posted', 40)], { kind: 'keep-posted', since: 40 }],
    ['a reply nudge is an outreach', [due('reply-nudge', 40)], { kind: 'outreach', since: 40 }],
    ['not yet due', [due('check-in', 500)], undefined],
    [
      'a thank-you for a meeting logged before its planned end',
      [due('thank-you', 160)],
      { kind: 'thank-you', since: 100 },
    ],
    ['an action item is no email', [due('action-item', 10)], undefined],
  ])('%s', (_, followUps, expected) => {
    expect(owedEmail(followUps, 100)).toEqual(expected);
  });
});
