import { describe, expect, it } from 'vitest';
import { overlapOf, overlapPhrase, periodOf, periodYears } from './periods';

const NOW = Date.UTC(2025, 5, 15);

describe('periodOf', () => {
  it.each<[string | undefined, string | undefined, boolean]>([
    ['2019', '2021', true],
    ['2019-04', 'present', true],
    ['2019', undefined, true],
    [undefined, '2019', false],
    ['2021', '2019', false],
    ['2019-13', '2020', false],
    ['soon', '2020', false],
  ])('%s – %s has a period: %s', (start, end, expected) => {
    expect(periodOf(start, end, NOW) !== undefined).toBe(expected);
  });

  it('runs a whole year from January to December', () => {
    const period = periodOf('2018', '2019', NOW);
    expect(period && periodYears(period)).toBe(2);
  });

  it('ends "present" at now', () => {
    const period = periodOf('2020-06', 'Present', NOW);
    expect(period && periodYears(period)).toBe(5);
    expect(period?.ongoing).toBe(true);
  });
});

describe('overlapOf and overlapPhrase', () => {
  it.each<[[string, string], [string, string], string | undefined]>([
    [['2016', '2019'], ['2018', '2021'], 'in 2018–2019'],
    [['2016', '2018'], ['2018', '2021'], 'in 2018'],
    [['2016-01', '2018-03'], ['2018-04', '2021'], undefined],
    [['2020', 'present'], ['2022-02', 'present'], 'since 2022'],
    [['2010', '2012'], ['2013', '2015'], undefined],
  ])('%o and %o: %s', ([a, b], [c, d], phrase) => {
    const first = periodOf(a, b, NOW);
    const second = periodOf(c, d, NOW);
    const overlap = first && second ? overlapOf(first, second) : undefined;
    expect(overlap && overlapPhrase(overlap)).toBe(phrase);
  });
});
