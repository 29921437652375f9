import { describe, expect, it } from 'vitest';
import { job, me, NOW, person, study } from '../../../tests/support/prepare-fixtures';
import { findCommonGround } from './common-ground';

describe('findCommonGround: being there at the same time', () => {
  it.each<[string, [string, string?], [string, string?], { start: string; end: string }, string]>([
    ['years', ['2016', '2019'], ['2018', '2021'], { start: '2018', end: '2019' }, 'in 2018–2019'],
    ['a single year', ['2015', '2018'], ['2018', '2020'], { start: '2018', end: '2018' }, 'in 2018'],
    [
      'months',
      ['2016-03', '2019-02'],
      ['2018-09', '2021'],
      { start: '2018-09', end: '2019-02' },
      'in 2018–2019',
    ],
    [
      'one still there',
      ['2017', 'present'],
      ['2012', '2019'],
      { start: '2017', end: '2019' },
      'in 2017–2019',
    ],
    [
      'both still there',
      ['2021-04', 'present'],
      ['2019', 'present'],
      { start: '2021-04', end: 'present' },
      'since 2021',
    ],
    ['a role with no end', ['2018'], ['2016', '2020'], { start: '2018', end: '2018' }, 'in 2018'],
  ])('at an employer: %s', (_case, [myStart, myEnd], [theirStart, theirEnd], overlap, when) => {
    const [item] = findCommonGround(
      me({ experience: [job('Northwind Health', myStart, myEnd)] }),
      person({ experience: [job('Northwind Health', theirStart, theirEnd)] }),
      { now: NOW },
    );
    expect(item?.overlap).toEqual(overlap);
    expect(item?.label).toBe(
      overlap.end === 'present'
        ? `You have both been at Northwind Health ${when}`
        : `You were both at Northwind Health ${when}`,
    );
  });

  it('says so for a school, with the article a sentence needs', () => {
    const [item] = findCommonGround(
      me({ education: [study('University of Leeds', '2014', '2017')] }),
      person({
        education: [study('Leeds University', '2010', '2011'), study('University of Leeds', '2016', '2020')],
      }),
      { now: NOW },
    );
    expect(item).toMatchObject({
      kind: 'school',
      label: 'You were both at the University of Leeds in 2016–2017',
      phrase: 'we were both at the University of Leeds in 2016–2017',
      overlap: { start: '2016', end: '2017' },
    });
  });

  it.each<[string, [string?, string?], [string?, string?]]>([
    ['years apart', ['2010', '2012'], ['2015', '2018']],
    ['my dates unknown', [undefined, undefined], ['2015', '2018']],
    ['their start unknown', ['2015', '2018'], [undefined, '2018']],
  ])('same employer, %s: common ground without an overlap', (_case, [a, b], [c, d]) => {
    const [item] = findCommonGround(
      me({ experience: [job('Acme', a, b)] }),
      person({ experience: [job('Acme', c, d)] }),
      { now: NOW },
    );
    expect(item).toMatchObject({ kind: 'employer', label: 'You have both worked at Acme' });
    expect(item?.overlap).toBeUndefined();
  });

  it('keeps the longest overlap when one of them held several roles there', () => {
    const items = findCommonGround(
      me({ experience: [job('Acme', '2015', '2020')] }),
      person({
        experience: [
          job('Acme', '2021', 'present'),
          job('Acme', '2016', '2019'),
          job('Acme', '2012', '2015'),
        ],
      }),
      { now: NOW },
    );
    expect(items.filter((item) => item.kind === 'employer')).toHaveLength(1);
    expect(items[0]?.overlap).toEqual({ start: '2016', end: '2019' });
  });

  it('takes "present" up to the given now', () => {
    const mine = me({ experience: [job('Acme', '2030', '2031')] });
    const theirs = person({ experience: [job('Acme', '2024', 'present')] });
    expect(findCommonGround(mine, theirs, { now: NOW })[0]?.overlap).toBeUndefined();
    expect(findCommonGround(mine, theirs, { now: Date.UTC(2030, 6, 1) })[0]?.overlap).toEqual({
      start: '2030',
      end: '2030-07',
    });
  });
});

describe('findCommonGround: false friends are not common ground', () => {
  it.each([
    ['University of Washington', 'Washington University in St. Louis'],
    ['Columbia University', 'Columbia College Chicago'],
    ['University of Manchester', 'Manchester Metropolitan University'],
    ['Miami University', 'University of Miami'],
    ['Boston College', 'Boston University'],
  ])('%s / %s', (mine, theirs) => {
    const items = findCommonGround(
      me({ education: [study(mine, '2015', '2019')] }),
      person({ education: [study(theirs, '2015', '2019')] }),
      { now: NOW },
    );
    expect(items).toEqual([]);
  });

  it.each([
    ['London, Ontario, Canada', 'London, England, United Kingdom'],
    ['Portland, Maine, United States', 'Portland, OR'],
    ['Cambridge, Massachusetts, United States', 'Cambridge, England, United Kingdom'],
  ])('places: %s / %s', (mine, theirs) => {
    expect(findCommonGround(me({ location: mine }), person({ location: theirs }), { now: NOW })).toEqual([]);
  });

  it('trusts different LinkedIn pages over equal names', () => {
    const items = findCommonGround(
      me({
        experience: [
          job('Acme', '2018', '2020', { companyUrl: 'https://www.linkedin.com/company/acme-uk/' }),
        ],
      }),
      person({
        experience: [
          job('Acme', '2018', '2020', { companyUrl: 'https://www.linkedin.com/company/acme-co/' }),
        ],
      }),
      { now: NOW },
    );
    expect(items).toEqual([]);
  });
});

describe('findCommonGround: a school named with its campus or division', () => {
  it('matches the university a campus belongs to, naming the university', () => {
    const [item] = findCommonGround(
      me({ education: [study('University of Michigan', '2012', '2016')] }),
      person({ education: [study('University of Michigan - Ann Arbor', '2014', '2018')] }),
      { now: NOW },
    );
    expect(item?.label).toBe('You were both at the University of Michigan in 2014–2016');
  });

  it('matches a business school to its university', () => {
    const [item] = findCommonGround(
      me({ education: [study('Stanford Graduate School of Business')] }),
      person({ education: [study('Stanford University')] }),
      { now: NOW },
    );
    expect(item?.label).toBe('You both studied at Stanford University');
  });

  it('keeps two campuses of one system apart', () => {
    const ground = findCommonGround(
      me({ education: [study('University of California, Berkeley')] }),
      person({ education: [study('University of California, Los Angeles')] }),
      { now: NOW },
    );
    expect(ground.filter((item) => item.kind === 'school')).toEqual([]);
  });
});

describe('findCommonGround: volunteering matches like an employer', () => {
  it.each([
    [
      'both volunteered, named two ways',
      { volunteering: [{ organization: 'Code Club Ltd' }] },
      { volunteering: [{ organization: 'The Code Club' }] },
      'You have both volunteered with The Code Club',
    ],
    [
      'I volunteered where they work',
      { volunteering: [{ organization: 'Code Club' }] },
      { experience: [job('Code Club', '2019', '2021')] },
      'You have both been involved with Code Club',
    ],
    [
      'they volunteer where I worked',
      { experience: [job('Code Club', '2019', '2021')] },
      { volunteering: [{ organization: 'Code Club' }] },
      'You have both been involved with Code Club',
    ],
  ])('%s', (_case, mine, theirs, label) => {
    const ground = findCommonGround(me(mine), person(theirs), { now: NOW });
    expect(ground.filter((item) => item.kind === 'volunteering').map((item) => item.label)).toEqual([label]);
  });

  it('says nothing more of an employer both worked at and one volunteers with', () => {
    const ground = findCommonGround(
      me({ experience: [job('Code Club', '2019', '2021')] }),
      person({
        experience: [job('Code Club', '2015', '2016')],
        volunteering: [{ organization: 'Code Club' }],
      }),
      { now: NOW },
    );
    expect(ground.map((item) => item.kind)).toEqual(['employer']);
  });
});
