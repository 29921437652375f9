import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stem } from './journal/theme-terms';
import { type AdviceEntry, findRecurringThemes } from './recurring-themes';

let n = 0;
const advice = (contactId: string, text: string): AdviceEntry => ({ id: `e${++n}`, contactId, text });
const labels = (entries: AdviceEntry[]) => findRecurringThemes(entries).map((t) => t.label);

describe('findRecurringThemes', () => {
  it.each([
    [
      'the same advice in other words (abbreviation, case, inflection)',
      [
        advice('maya', 'Get the AWS certification before applying'),
        advice('leo', 'an aws cert would open doors'),
        advice('priya', 'AWS Certified Solutions Architect is what hiring managers look for'),
      ],
      ['AWS certification'],
    ],
    [
      'plurals and verb endings',
      [advice('maya', 'Build case studies'), advice('leo', 'A case study beats a CV')],
      ['case study'],
    ],
    [
      'networking in any form',
      [advice('maya', 'Keep networking at meetups'), advice('leo', 'Your network matters most')],
      ['network'],
    ],
    [
      'one person repeating themselves',
      [advice('maya', 'Learn SQL'), advice('maya', 'Seriously, learn SQL'), advice('leo', 'Read widely')],
      [],
    ],
    [
      'filler that everyone says',
      [
        advice('maya', 'You should really think about it'),
        advice('leo', 'I would definitely think about it, really'),
      ],
      [],
    ],
    ['nothing given', [], []],
  ])('%s', (_, entries, expected) => {
    expect(labels(entries)).toEqual(expected);
  });

  it('says who gave it and which advice, ranked by how many people', () => {
    const entries = [
      advice('maya', 'Learn Python'),
      advice('leo', 'python first'),
      advice('leo', 'Build a portfolio'),
      advice('priya', 'A portfolio with three projects'),
      advice('sam', 'Portfolios get interviews'),
    ];
    const themes = findRecurringThemes(entries);
    expect(themes.map((t) => [t.label, t.contactIds, t.entryIds.length])).toEqual([
      ['portfolio', ['leo', 'priya', 'sam'], 3],
      ['python', ['maya', 'leo'], 2],
    ]);
    expect(themes[0]?.entryIds).toEqual([entries[2]?.id, entries[3]?.id, entries[4]?.id]);
  });

  it('keeps a term that often stands alone as a theme of its own', () => {
    const themes = labels([
      advice('a', 'network on LinkedIn'),
      advice('b', 'network on LinkedIn'),
      advice('c', 'network at meetups'),
      advice('d', 'network with alumni'),
      advice('e', 'network, network'),
      advice('f', 'network more'),
    ]);
    expect(themes).toEqual(['network', 'LinkedIn']);
  });

  it('never makes a theme from one person, whatever they wrote', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 20 }), fc.string(), (texts, person) => {
        expect(
          findRecurringThemes(texts.map((text, i) => ({ id: `${i}`, contactId: person, text }))),
        ).toEqual([]);
      }),
    );
  });

  it('depends only on the entries: every theme has two people and its entries mention it', () => {
    const words = fc.constantFrom('aws', 'cert', 'python', 'portfolio', 'the', 'really', 'SQL', 'networks');
    const entry = fc.record({
      contactId: fc.constantFrom('a', 'b', 'c'),
      text: fc.array(words, { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (raw) => {
        const entries = raw.map((e, i) => ({ ...e, id: `${i}` }));
        const themes = findRecurringThemes(entries);
        expect(findRecurringThemes(entries)).toEqual(themes);
        for (const theme of themes) {
          expect(new Set(theme.contactIds).size).toBeGreaterThanOrEqual(2);
          expect(theme.label).not.toMatch(/\b(the|really)\b/);
        }
      }),
    );
  });
});

describe('stem', () => {
  it.each([
    ['studies', 'study'],
    ['studying', 'study'],
    ['networks', 'network'],
    ['networking', 'network'],
    ['planned', 'plan'],
    ['classes', 'class'],
    ['portfolios', 'portfolio'],
    ['business', 'business'],
  ])('%s → %s', (word, stemmed) => {
    expect(stem(word)).toBe(stem(stemmed));
  });
});
