import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONNECTION_NOTE_LIMIT,
  fillLinkedIn,
  fitConnectionNote,
  LINKEDIN_TEMPLATES,
  linkedInLength,
  noteCount,
} from './linkedin-templates';
import type { TemplateValues } from './templates';

const note = LINKEDIN_TEMPLATES.find((template) => template.kind === 'connection-note')!;

const values: TemplateValues = {
  'them.firstName': 'Dana',
  'me.name': 'Ana Souza',
  'me.situation': 'a secondary school teacher moving into UX research',
  'me.targetField': 'UX research',
  'me.callMinutes': '20',
  commonGround: 'we were both at the University of Leeds in 2010–2012',
  'referrer.name': 'Sam Lee',
};

describe('linkedInLength', () => {
  it.each([
    ['plain', 'Hi Dana', 7],
    ['accents are one each', 'Zoë', 3],
    ['an emoji is two, as the box counts it', 'Hi 👋', 5],
    ['a line break is one', 'Hi\nDana', 7],
  ])('%s', (_case, text, length) => {
    expect(linkedInLength(text)).toBe(length);
  });
});

describe('fitConnectionNote', () => {
  it('keeps everything when it fits', () => {
    const { body, dropped } = fitConnectionNote(note, values);
    expect(dropped).toEqual([]);
    expect(body).toContain('Sam Lee suggested I get in touch.');
  });

  it('gives up the situation first, then the referrer, when the note is too long', () => {
    const long = { ...values, 'me.situation': `a teacher ${'who loves research '.repeat(12)}`.trim() };
    const { body, dropped } = fitConnectionNote(note, long);
    expect(dropped[0]).toBe('me.situation');
    expect(linkedInLength(body)).toBeLessThanOrEqual(CONNECTION_NOTE_LIMIT);
    expect(body).toMatch(/^Hi Dana,\n\nI’m Ana Souza\./);
    expect(body).toContain('Could I ask you for 20 minutes of advice');
  });

  it('always fits with names, situation and common ground of any reasonable length', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 80 }),
        (name, situation, common, field) => {
          const { body } = fitConnectionNote(note, {
            ...values,
            'them.firstName': name,
            'me.situation': situation,
            commonGround: common,
            'me.targetField': field,
          });
          expect(linkedInLength(body)).toBeLessThanOrEqual(CONNECTION_NOTE_LIMIT);
        },
      ),
    );
  });
});

describe('fillLinkedIn and noteCount', () => {
  const message = LINKEDIN_TEMPLATES.find((template) => template.kind === 'linkedin-message')!;

  it('fills a message in full, however long, and a note only as far as it fits', () => {
    const long = { ...values, 'me.situation': 'x'.repeat(400) };
    expect(fillLinkedIn(message, long)).toContain('x'.repeat(400));
    expect(linkedInLength(fillLinkedIn(note, long))).toBeLessThanOrEqual(CONNECTION_NOTE_LIMIT);
  });

  it.each([
    ['', '0/300'],
    ['a'.repeat(300), '300/300'],
    ['a'.repeat(305), '305/300: 5 over LinkedIn’s limit'],
  ])('counts %#', (text, label) => {
    expect(noteCount(text).label).toBe(label);
  });
});
