import { describe, expect, it } from 'vitest';
import { job, NOW, person, study } from '../../../tests/support/prepare-fixtures';
import { currentPosition, longestTenure, relocation, returnToStudy } from './profile-facts';

describe('currentPosition', () => {
  it.each([
    ['a role marked present', [job('Old', '2010', '2012'), job('Now', '2020', 'present')], 'Now'],
    ['the first role when it has no end', [job('Now', '2020'), job('Old', '2010', '2012')], 'Now'],
    ['nothing when every role has ended', [job('Old', '2010', '2012')], undefined],
  ])('%s', (_case, experience, company) => {
    expect(currentPosition(person({ experience }))?.company).toBe(company);
  });
});

describe('longestTenure', () => {
  it('counts several roles at one employer as one stretch', () => {
    const experience = [
      job('Acme Ltd', '2019', 'present'),
      job('Acme', '2015', '2019'),
      job('Globex', '2010', '2014'),
    ];
    expect(longestTenure(person({ experience }), NOW)).toEqual({
      company: 'Acme Ltd',
      years: 10,
      moreThan: true,
      current: true,
    });
  });
});

describe('returnToStudy', () => {
  it('finds study that began after a year or more of work', () => {
    const profile = person({
      experience: [job('Deloitte', '2012', '2016', { title: 'Auditor' })],
      education: [study('INSEAD', '2017', '2018'), study('Leeds', '2008', '2011')],
    });
    expect(returnToStudy(profile, NOW)?.study.school).toBe('INSEAD');
  });

  it.each([
    ['an internship before the degree', [job('Acme', '2010', '2010', { title: 'Summer Intern' })]],
    ['work that began during the degree', [job('Acme', '2017-06', '2019', { title: 'Analyst' })]],
    ['a student job', [job('Acme', '2012', '2015', { title: 'Studentische Hilfskraft' })]],
  ])('ignores %s', (_case, experience) => {
    expect(
      returnToStudy(person({ experience, education: [study('INSEAD', '2017', '2018')] }), NOW),
    ).toBeUndefined();
  });
});

describe('returnToStudy: only a real course counts', () => {
  it.each([
    [
      'an exchange term',
      study('Durban Institute', '2017', '2017', { degree: 'Exchange', field: 'Management' }),
    ],
    ['a study-abroad semester', study('Uni Wien', '2017', '2017', { field: 'Erasmus semester' })],
    ['a school certificate', study('Gymnasium Nord', '2017', '2018', { degree: 'Abitur' })],
  ])('ignores %s', (_case, course) => {
    const experience = [job('Deloitte', '2012', '2016', { title: 'Auditor' })];
    expect(returnToStudy(person({ experience, education: [course] }), NOW)).toBeUndefined();
  });
});

describe('relocation', () => {
  it.each([
    [
      'between countries',
      'Berlin, Germany',
      [
        job('A', '2020', 'present', { location: 'Berlin' }),
        job('B', '2015', '2020', { location: 'São Paulo, Brazil' }),
      ],
      { from: 'Brazil', to: 'Germany' },
    ],
    [
      'between cities',
      'Manchester, England, United Kingdom',
      [job('A', '2016', '2021', { location: 'London, England, United Kingdom' })],
      { from: 'London', to: 'Manchester' },
    ],
    [
      'not at all',
      'Greater London',
      [job('A', '2016', '2021', { location: 'London, United Kingdom' })],
      undefined,
    ],
    ['unknown', 'London', [job('A', '2016', '2021')], undefined],
    [
      'not from a city to the country that contains it',
      'United States',
      [job('A', '2016', '2021', { location: 'Berkeley, CA' })],
      undefined,
    ],
    [
      'not from words that name no known place',
      'Berlin, Germany',
      [job('A', '2016', '2021', { location: 'Infrastructure Management' })],
      undefined,
    ],
    [
      'from a state code to another country',
      'Berlin, Germany',
      [job('A', '2016', '2021', { location: 'Berkeley, CA' })],
      { from: 'the United States', to: 'Germany' },
    ],
  ])('%s', (_case, location, experience, move) => {
    expect(relocation(person({ location, experience }), NOW)).toEqual(move);
  });
});
