import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_NAMES, type PlaceholderName } from './template-syntax';
import { renderTemplate, renderText, type TemplateValues } from './templates';

const ana: TemplateValues = {
  'them.firstName': 'Dana',
  'them.company': 'Northwind Health',
  'me.name': 'Ana Souza',
  'me.situation': 'a teacher moving into UX research',
  'referrer.name': 'Sam Lee',
  commonGround: 'we both studied at the University of Leeds',
};

const body = (text: string, values: TemplateValues = ana) => renderText(text, values).text;

describe('renderText: filling in', () => {
  it('inserts every value', () => {
    expect(body('Hi {{them.firstName}}, I’m {{me.name}} — {{me.situation}}.')).toBe(
      'Hi Dana, I’m Ana Souza — a teacher moving into UX research.',
    );
  });

  it.each<[string, string, TemplateValues, string]>([
    [
      'tidies whitespace inside a value',
      'I’m {{me.name}}.',
      { 'me.name': '  Ana \t  Souza ' },
      'I’m Ana Souza.',
    ],
    [
      'keeps the line breaks of a two-line signature',
      'Thanks,\n{{me.signature}}',
      { 'me.signature': 'Ana  Souza \r\n Product designer, Lisbon' },
      'Thanks,\nAna Souza\nProduct designer, Lisbon',
    ],
    [
      'keeps a note’s lines, with one blank line at most',
      'I liked: {{meeting.point}}',
      { 'meeting.point': 'a\n\n\n\nb' },
      'I liked: a\n\nb',
    ],
    [
      'does not double a full stop',
      'I’m {{me.situation}}.',
      { 'me.situation': 'a teacher.' },
      'I’m a teacher.',
    ],
    [
      'keeps an ellipsis after a value',
      'I’m {{me.situation}}...',
      { 'me.situation': 'a teacher' },
      'I’m a teacher...',
    ],
    [
      'uses the fallback when the value is blank',
      'Hi {{them.firstName|there}},',
      { 'them.firstName': ' ' },
      'Hi there,',
    ],
    ['ignores the fallback when the value is given', 'Hi {{them.firstName|there}},', ana, 'Hi Dana,'],
    ['accepts CRLF templates', 'A {{me.name}}.\r\nB.', ana, 'A Ana Souza.\nB.'],
  ])('%s', (_case, template, values, expected) => {
    expect(body(template, values)).toBe(expected);
  });

  it('never reads a value as template syntax', () => {
    const values = { 'them.firstName': '{{me.name}}', 'me.name': 'SECRET', 'me.situation': '}} {{ {{x' };
    expect(body('Hi {{them.firstName}}. I am {{me.situation}}.', values)).toBe(
      'Hi {{me.name}}. I am }} {{ {{x.',
    );
  });

  it('leaves private-use characters in the template as they are', () => {
    expect(body('\uE000 {{me.name}} \uE001', ana)).toBe('\uE000 Ana Souza \uE001');
  });
});

describe('renderText: leaving out what is missing', () => {
  it.each<[string, string, string]>([
    ['a greeting line', 'Hi {{referrer.firstName}},\n\nThanks.', 'Thanks.'],
    ['a sentence', '{{referrer.firstName}} suggested I write. I’m {{me.name}}.', 'I’m Ana Souza.'],
    ['a dangling "referred by"', 'I’m {{me.name}}. I was referred by {{meeting.point}}.', 'I’m Ana Souza.'],
    ['a middle sentence', 'One. Two {{update.news}}! Three?', 'One. Three?'],
    ['a last sentence', 'One. Two {{update.news}}.', 'One.'],
    ['an aside in brackets', 'I’m {{me.name}} ({{me.targetRole}}).', 'I’m Ana Souza.'],
    ['an aside at the start', '({{me.targetRole}}) I’m {{me.name}}.', 'I’m Ana Souza.'],
    ['an aside before a comma', 'Hi ({{me.targetRole}}), Dana.', 'Hi, Dana.'],
    ['a later clause', 'I’m {{me.name}} — {{me.targetRole}}.', 'I’m Ana Souza.'],
    ['a middle clause', 'Work — {{me.targetRole}} — {{me.name}}.', 'Work — Ana Souza.'],
    ['a first clause drops the sentence', '{{me.targetRole}} — {{me.name}}. Bye.', 'Bye.'],
    ['a sentence after an abbreviation', 'Thanks. I met Dr. Lee at {{meeting.point}}. Bye.', 'Thanks. Bye.'],
    ['a sentence after an initial', 'I met J. Lee at {{meeting.point}}. Bye.', 'Bye.'],
    ['a lone placeholder line', 'Best,\n{{me.targetRole}}', 'Best,'],
    ['a paragraph, keeping one break', 'A.\n\n{{update.news}}\n\nB.', 'A.\n\nB.'],
    ['a line between lines', 'A.\n{{update.news}}\nB.', 'A.\nB.'],
    ['a first paragraph', '{{update.news}}\n\nB.', 'B.'],
    ['a last paragraph', 'A.\n\n{{update.news}}\n', 'A.'],
    ['an unknown placeholder', 'Hi. Hello {{them.age}}. Bye.', 'Hi. Bye.'],
  ])('%s', (_case, template, expected) => {
    expect(body(template)).toBe(expected);
  });

  it('keeps the author’s own blank lines where nothing was left out', () => {
    expect(body('\nA.\n\n\nB.\n')).toBe('\nA.\n\n\nB.\n');
  });

  it('lists missing placeholders once, in order of use', () => {
    const rendered = renderTemplate(
      {
        subject: '{{update.news}} for {{them.firstName|you}}',
        body: '{{meeting.point}} {{update.news}} {{x.y}}',
      },
      { 'them.firstName': '' },
    );
    expect(rendered.missing).toEqual(['update.news', 'them.firstName', 'meeting.point', 'x.y']);
  });

  it('keeps the subject on one line', () => {
    expect(renderTemplate({ subject: 'A\n{{me.name}}', body: '' }, ana).subject).toBe('A Ana Souza');
  });
});

describe('renderTemplate: properties', () => {
  const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
  /** Words that trip naive sentence splitting: abbreviations, initials, quotes, asides. */
  const prose = fc.oneof(
    { weight: 4, arbitrary: word },
    {
      weight: 1,
      arbitrary: fc.constantFrom('Dr.', 'e.g.', 'J.', 'St.', 'x.y', '“quoted.”', '(aside)', 'a-b', 'wait...'),
    },
  );
  const placeholder = fc
    .tuple(fc.constantFrom(...PLACEHOLDER_NAMES), fc.option(word, { nil: undefined }))
    .map(([name, fallback]) => (fallback ? `{{${name}|${fallback}}}` : `{{${name}}}`));
  const templateOf = (words: fc.Arbitrary<string>) => {
    const phrase = fc
      .array(fc.oneof({ weight: 3, arbitrary: words }, { weight: 2, arbitrary: placeholder }), {
        minLength: 1,
        maxLength: 5,
      })
      .map((tokens) => tokens.join(' '));
    const sentence = fc
      .tuple(
        phrase,
        fc.option(phrase, { nil: undefined }),
        fc.array(phrase, { maxLength: 2 }),
        fc.constantFrom('.', '!', '?', ',', ''),
      )
      .map(
        ([main, aside, clauses, end]) =>
          `${main}${aside ? ` (${aside})` : ''}${clauses.map((clause) => ` — ${clause}`).join('')}${end}`,
      );
    const line = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' '));
    const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
    return fc.record({
      subject: line,
      body: fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((paragraphs) => paragraphs.join('\n\n')),
    });
  };
  const template = templateOf(prose);
  const valuesFrom = (value: fc.Arbitrary<string>) =>
    fc
      .array(fc.tuple(fc.constantFrom(...PLACEHOLDER_NAMES), value))
      .map((entries) => Object.fromEntries(entries) as TemplateValues);
  const cleanValue = fc.oneof(
    fc.constant(''),
    fc.constant('   '),
    fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
  );

  it('leaves no placeholder behind', () => {
    const braceless = fc.string().filter((value) => !/[{}]/.test(value));
    fc.assert(
      fc.property(template, valuesFrom(braceless), (t, values) => {
        const rendered = renderTemplate(t, values);
        expect(`${rendered.subject}\n${rendered.body}`).not.toMatch(/\{\{|\}\}/);
      }),
    );
  });

  it('never expands template syntax found in values', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom('{{me.name}}', '{{me.name|x}}', '}}{{', '{{', '{{commonGround}}', '\uE000', '\uE001.'),
    );
    const withoutMyName = template.filter((t) => !`${t.subject}${t.body}`.includes('me.name'));
    fc.assert(
      fc.property(withoutMyName, valuesFrom(hostile), (t, values) => {
        const rendered = renderTemplate(t, { ...values, 'me.name': 'SECRET-NAME' });
        expect(`${rendered.subject}\n${rendered.body}`).not.toContain('SECRET-NAME');
      }),
    );
  });

  it('never leaves an empty slot, a double space or empty brackets when values are missing', () => {
    fc.assert(
      fc.property(template, valuesFrom(cleanValue), (t, values) => {
        const { subject, body: text } = renderTemplate(t, values);
        for (const output of [subject, text]) {
          expect(output).not.toMatch(/ {2}| [,.!?)]|\( |\(\)|— ?[,.!?]|^[ ,.!?—]|[ —]$/m);
          expect(output).not.toMatch(/\n{3}|^\n|\n$/);
        }
      }),
    );
  });

  it('renders a template with every value given exactly as a plain substitution', () => {
    const given = fc.record(
      Object.fromEntries(
        PLACEHOLDER_NAMES.map((name) => [
          name,
          fc.array(word, { minLength: 1, maxLength: 2 }).map((w) => w.join(' ')),
        ]),
      ) as Record<PlaceholderName, fc.Arbitrary<string>>,
    );
    fc.assert(
      fc.property(templateOf(word), given, (t, values) => {
        const substitute = (text: string) =>
          text.replace(/\{\{([^|}]+)(?:\|[^}]*)?\}\}/g, (_, name: string) => values[name as PlaceholderName]);
        expect(renderTemplate(t, values)).toEqual({
          subject: substitute(t.subject),
          body: substitute(t.body),
          missing: [],
        });
      }),
    );
  });
});
