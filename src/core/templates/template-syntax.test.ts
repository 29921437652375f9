import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_NAMES, parseTemplate, validateTemplate } from './template-syntax';

describe('validateTemplate: accepts', () => {
  it.each([
    'Hi {{them.firstName}},',
    'Hi {{ them.firstName }},',
    'Hi {{them.firstName|there}},',
    'Hi {{them.firstName | there }},',
    '{{me.name}}{{me.name}}',
    'No placeholders at all.',
    'Single { braces } are just text, and so is {this}.',
    'A lone } or { is text too.',
    '',
  ])('%j', (text) => {
    expect(validateTemplate(text).errors).toEqual([]);
  });

  it.each(PLACEHOLDER_NAMES)('{{%s}}', (name) => {
    expect(validateTemplate(`{{${name}}}`).errors).toEqual([]);
  });
});

describe('validateTemplate: reports', () => {
  it.each<[string, string, number, RegExp]>([
    ['Hi {{them.nam}}', 'them.nam', 3, /not a placeholder Rapport knows\. Did you mean \{\{them\.name\}\}\?/],
    ['Hi {{Them.FirstName}}', 'Them.FirstName', 3, /Did you mean \{\{them\.firstName\}\}/],
    [
      '{{salary.expectation}}',
      'salary.expectation',
      0,
      /^\{\{salary\.expectation\}\} is not a placeholder Rapport knows\.$/,
    ],
    ['Hi {{them.firstName', '', 3, /never closed/],
    ['Hi {{them.firstName {{me.name}}', '', 3, /never closed/],
    ['Hi them.firstName}}', '', 17, /closes nothing/],
    ['Hi {them.firstName},', 'them.firstName', 3, /two braces on each side: \{\{them\.firstName\}\}/],
    ['Hi {{{them.firstName}}}', '{them.firstName', 3, /exactly two braces/],
    ['Hi {{}}', '', 3, /not a placeholder name/],
    ['Hi {{first name}}', 'first name', 3, /not a placeholder name/],
    ['Hi {{them.firstName|}}', 'them.firstName', 3, /Nothing follows the \|/],
  ])('%j', (text, placeholder, index, message) => {
    const [error, ...rest] = validateTemplate(text).errors;
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ placeholder, index });
    expect(error?.message).toMatch(message);
  });

  it('reports every problem, in order', () => {
    const errors = validateTemplate('{{a.b}} and {{me.name}} and {{c.d}} }}').errors;
    expect(errors.map((error) => error.index)).toEqual([0, 28, 36]);
  });
});

describe('parseTemplate', () => {
  it('keeps malformed placeholders as literal text', () => {
    expect(parseTemplate('a {{b c}} {{me.name|you}} {{x').parts).toEqual([
      { kind: 'text', text: 'a {{b c}} ' },
      { kind: 'placeholder', name: 'me.name', known: true, fallback: 'you' },
      { kind: 'text', text: ' {{x' },
    ]);
  });
});
