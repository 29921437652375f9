import { describe, expect, it } from 'vitest';
import { job, labels, me, NOW, person, study } from '../../../tests/support/prepare-fixtures';
import type { ProfileSnapshot } from '../../shared/profile';
import type { MyProfile } from '../../shared/settings';
import {
  COMMON_GROUND_SHOWN,
  findCommonGround,
  splitCommonGround,
  strongestCommonGround,
} from './common-ground';

describe('findCommonGround: what two profiles share', () => {
  it.each<[string, Partial<MyProfile>, Partial<ProfileSnapshot>, string]>([
    [
      'employer at different times',
      { experience: [job('Northwind Health', '2010', '2012')] },
      { experience: [job('Northwind Health Inc.', '2019', 'present')] },
      'You have both worked at Northwind Health Inc.',
    ],
    [
      'employer by alias',
      { experience: [job('Facebook', '2014', '2016')] },
      { experience: [job('Meta', '2020', '2022')] },
      'You have both worked at Meta',
    ],
    [
      'school at different times',
      { education: [study('University of Leeds', '2001', '2004')] },
      { education: [study('The University of Leeds', '2015', '2018')] },
      'You both studied at the University of Leeds',
    ],
    [
      'school by alias',
      { education: [study('MIT')] },
      { education: [study('Massachusetts Institute of Technology')] },
      'You both studied at the Massachusetts Institute of Technology',
    ],
    [
      'field of study',
      { education: [study('Leeds', undefined, undefined, { field: 'Econ' })] },
      { education: [study('Bristol', undefined, undefined, { field: 'Economics' })] },
      'You both studied Economics',
    ],
    [
      'current city',
      { location: 'London, England, United Kingdom' },
      { location: 'Greater London' },
      'You are both based in London',
    ],
    [
      'a city one of them used to work in',
      {
        location: 'Lisbon, Portugal',
        experience: [job('Globex', undefined, undefined, { location: 'Berlin' })],
      },
      { location: 'Berlin, Germany' },
      'You have both lived or worked in Berlin',
    ],
    ['a rare skill', { skills: ['figma'] }, { skills: ['Figma'] }, 'You both list Figma among your skills'],
    [
      'a skill written two ways',
      { skills: ['Python'] },
      { skills: ['Python (Programming Language)'] },
      'You both list Python among your skills',
    ],
    [
      'a language, proficiency aside',
      { languages: ['Português'] },
      { languages: ['Portuguese (Native or bilingual proficiency)'] },
      'You both speak Portuguese',
    ],
    [
      'a variety of a language',
      { languages: ['Mandarin'] },
      { languages: ['Chinese (Mandarin)'] },
      'You both speak Chinese',
    ],
    [
      'a volunteering organisation',
      { volunteering: [{ organization: 'Code Club' }] },
      { volunteering: [{ organization: 'Code Club', role: 'Mentor' }, { organization: 'code club' }] },
      'You have both volunteered with Code Club',
    ],
    [
      'a volunteering cause',
      { volunteering: [{ organization: 'Food Bank', cause: 'Poverty Alleviation' }] },
      { volunteering: [{ organization: 'Shelter', cause: 'poverty alleviation' }] },
      'You both volunteer for the same cause: poverty alleviation',
    ],
    [
      'a certification by acronym',
      { certifications: [{ name: 'PMP' }] },
      { certifications: [{ name: 'Project Management Professional (PMP)' }] },
      'You both hold the Project Management Professional (PMP) certification',
    ],
    [
      'a certificate',
      { certifications: [{ name: 'Google UX Design Certificate' }] },
      { certifications: [{ name: 'Google UX Design Certificate' }] },
      'You both hold the Google UX Design Certificate',
    ],
  ])('%s', (_case, mine, theirs, label) => {
    expect(labels(findCommonGround(me(mine), person(theirs), { now: NOW }))).toContain(label);
  });

  it('reports each side as its own profile names it', () => {
    const [item] = findCommonGround(
      me({ experience: [job('Facebook', '2014', '2016')] }),
      person({ experience: [job('Meta', '2020', '2022')] }),
      { now: NOW },
    );
    expect(item).toMatchObject({ kind: 'employer', mine: 'Facebook', theirs: 'Meta' });
    expect(item?.overlap).toBeUndefined();
  });

  it('lists an organisation once however often their profile repeats it', () => {
    const items = findCommonGround(
      me({ volunteering: [{ organization: 'Code Club' }] }),
      person({ volunteering: [{ organization: 'Code Club' }, { organization: 'code club' }] }),
      { now: NOW },
    );
    expect(items).toHaveLength(1);
  });

  it('finds nothing between unrelated profiles', () => {
    const mine = me({ experience: [job('Globex', '2019', 'present')], skills: ['Figma'], location: 'Paris' });
    const theirs = person({
      experience: [job('Initech', '2019', 'present')],
      skills: ['Excel'],
      location: 'Rome',
    });
    expect(findCommonGround(mine, theirs, { now: NOW })).toEqual([]);
  });
});

describe('findCommonGround: ranking', () => {
  const mine = me({
    experience: [job('Northwind Health', '2016', '2019'), job('Globex', '2010', '2012')],
    education: [study('University of Leeds', '2005', '2008', { field: 'History' })],
    location: 'Leeds, England, United Kingdom',
    skills: ['Communication', 'Figma', 'Microsoft Office'],
    languages: ['English', 'Portuguese'],
  });
  const theirs = person({
    experience: [job('Globex', '2020', 'present'), job('Northwind Health', '2018', '2020')],
    education: [study('University of Leeds', '2012', '2015', { field: 'History' })],
    location: 'Leeds, United Kingdom',
    skills: ['Microsoft Office', 'Communication', 'Figma'],
    languages: ['English', 'Portuguese'],
  });
  const items = findCommonGround(mine, theirs, { referrer: { name: 'Sam Lee' }, now: NOW });

  it('puts time overlap first, broad things last', () => {
    expect(labels(items)).toEqual([
      'You were both at Northwind Health in 2018–2019',
      'Sam Lee suggested you talk',
      'You have both worked at Globex',
      'You both studied at the University of Leeds',
      'You both studied History',
      'You are both based in Leeds',
      'You both speak Portuguese',
      'You both list Figma among your skills',
      'You both list Communication among your skills',
      'You both list Microsoft Office among your skills',
      'You both speak English',
    ]);
  });

  it('is strictly ordered by strength', () => {
    const strengths = items.map((item) => item.strength);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
  });

  it('splits into the handful shown and the rest', () => {
    const { shown, more } = splitCommonGround(items);
    expect(shown).toHaveLength(COMMON_GROUND_SHOWN);
    expect([...shown, ...more]).toEqual(items);
    expect(splitCommonGround(items, 2).shown).toEqual(items.slice(0, 2));
  });

  it('opens an email with the strongest item that is not the referrer', () => {
    expect(strongestCommonGround(items)?.phrase).toBe('we were both at Northwind Health in 2018–2019');
    expect(strongestCommonGround(items.filter((item) => item.kind === 'skill' && item.strength < 20))).toBe(
      undefined,
    );
  });

  it('does not depend on the order profiles list things in', () => {
    const reversed = findCommonGround(
      { ...mine, skills: [...mine.skills].reverse(), experience: [...mine.experience].reverse() },
      { ...theirs, skills: [...theirs.skills].reverse(), languages: [...theirs.languages].reverse() },
      { referrer: { name: 'Sam Lee' }, now: NOW },
    );
    expect(labels(reversed)).toEqual(labels(items));
  });
});

describe('findCommonGround: referrer', () => {
  it('comes from the context, not from the profiles', () => {
    const items = findCommonGround(me(), person(), {
      referrer: { name: '  Priya Patel ', url: 'https://www.linkedin.com/in/priya/' },
      now: NOW,
    });
    expect(items).toEqual([
      {
        kind: 'referrer',
        label: 'Priya Patel suggested you talk',
        phrase: 'Priya Patel suggested I get in touch',
        mine: 'Priya Patel',
        theirs: 'Priya Patel',
        strength: expect.any(Number),
      },
    ]);
  });

  it('is left out when the name is blank', () => {
    expect(findCommonGround(me(), person(), { referrer: { name: ' ' }, now: NOW })).toEqual([]);
  });

  it('accepts a captured profile for the user as well as settings', () => {
    const items = findCommonGround(person({ skills: ['Figma'] }), person({ skills: ['Figma'] }), {
      now: NOW,
    });
    expect(labels(items)).toEqual(['You both list Figma among your skills']);
  });
});
