import { describe, expect, it } from 'vitest';
import { parseDateRange, yearOf } from './dates';

describe('parseDateRange', () => {
  it.each([
    // English, every layout since 2013
    ['Jan 2019 - Present · 5 yrs 2 mos', '2019-01', 'present'],
    ['Sep 2018 – Present', '2018-09', 'present'],
    ['January 2008 – Present (5 years 5 months) La Jolla, California', '2008-01', 'present'],
    ['Aug 2020 - Jun 2021 11 months', '2020-08', '2021-06'],
    ['Jul 2021 - Present 2 years 9 months', '2021-07', 'present'],
    ['2014 - 2019', '2014', '2019'],
    ['2014 - Jun 2019', '2014', '2019-06'],
    ['2002 - 2002 less than a year', '2002', '2002'],
    ['Sept 2015 – May 2016', '2015-09', '2016-05'],
    // German
    ['Jan. 2019 – Heute · 5 J. 5 Mon.', '2019-01', 'present'],
    ['März 2015 – Dez. 2018 · 3 J. 10 Mon.', '2015-03', '2018-12'],
    ['Okt. 2012 – Feb. 2015', '2012-10', '2015-02'],
    // French
    ['janv. 2014 - déc. 2017 · 4 ans', '2014-01', '2017-12'],
    ['sept. 2018 - aujourd’hui · 5 ans 8 mois', '2018-09', 'present'],
    ['févr. 2020 - août 2021', '2020-02', '2021-08'],
    // Spanish
    ['ene. 2016 – actualidad · 8 años', '2016-01', 'present'],
    ['sept. 2009 – dic. 2015', '2009-09', '2015-12'],
    // Portuguese
    ['jan. de 2020 - o momento · 4 anos', '2020-01', 'present'],
    ['out. de 2015 - fev. de 2019', '2015-10', '2019-02'],
    // Italian
    ['gen 2018 - presente · 6 anni', '2018-01', 'present'],
    ['set 2012 - lug 2017', '2012-09', '2017-07'],
    // Dutch
    ['mrt. 2017 - heden · 7 jr', '2017-03', 'present'],
    ['okt 2010 - mei 2016', '2010-10', '2016-05'],
  ])('%s → %s … %s', (line, start, end) => {
    expect(parseDateRange(line)).toEqual({ start, end });
  });

  it('reads a single date as a role that began and ended in that month, as LinkedIn prints it', () => {
    expect(parseDateRange('May 2016 · 1 mo')).toEqual({ start: '2016-05', end: '2016-05' });
    expect(parseDateRange('2020')).toEqual({ start: '2020', end: '2020' });
  });

  it.each([
    'Issued Aug 2022 · Expires Aug 2025',
    'Ausgestellt: Nov. 2021',
    '2019 - 2020: led the migration to the new ledger',
    '2020 Census Enumerator',
    'Fin Assistant. (2015 - 2019) · Full-time',
    'Google · Full-time',
    'Smarch 2019 - Present',
    '5 yrs 11 mos',
    '',
  ])('is not fooled by %j', (line) => {
    expect(parseDateRange(line)).toBeUndefined();
  });
});

describe('yearOf', () => {
  it('keeps the year of a month and leaves present alone', () => {
    expect(yearOf('2019-06')).toBe('2019');
    expect(yearOf('2019')).toBe('2019');
    expect(yearOf('present')).toBe('present');
    expect(yearOf(undefined)).toBeUndefined();
  });
});
