import { describe, expect, it } from 'vitest';
import { job, me, NOW, person, study } from '../../../tests/support/prepare-fixtures';
import type { Contact } from '../../shared/contact';
import { findCommonGround } from '../common-ground/common-ground';
import { buildTemplateValues } from './template-values';

const them = person({
  name: 'Dr. Dana Reyes, PhD',
  headline: 'Research lead',
  experience: [
    job('Northwind Health', '2019', 'present', { title: 'Senior UX Researcher' }),
    job('Globex', '2012', '2019'),
  ],
  education: [study('University of Leeds', '2010', '2013')],
});
const mine = me({
  name: 'Ana Souza',
  situation: ' a teacher moving into UX research ',
  targetField: 'UX research',
  targetRole: 'UX Researcher',
  email: 'ana@example.com',
  signature: '',
  education: [study('University of Leeds', '2011', '2014')],
});
const contact: Contact = {
  url: them.url,
  name: 'Dana Reyes',
  profile: them,
  firstSavedAt: 0,
  capturedAt: 0,
  updatedAt: 0,
  stage: 'to-contact',
  tags: [],
  jobChanges: [],
  followUps: [],
  referredBy: { name: 'Sam Lee' },
};

describe('buildTemplateValues', () => {
  it('fills every value it can derive', () => {
    const commonGround = findCommonGround(mine, them, { referrer: { name: 'Priya Patel' }, now: NOW });
    expect(
      buildTemplateValues({ me: mine, them: contact, commonGround, extra: { 'meeting.point': 'hiring' } }),
    ).toEqual({
      'them.name': 'Dana Reyes',
      'them.firstName': 'Dana',
      'them.title': 'Senior UX Researcher',
      'them.company': 'Northwind Health',
      'me.name': 'Ana Souza',
      'me.firstName': 'Ana',
      'me.situation': 'a teacher moving into UX research',
      'me.targetField': 'UX research',
      'me.targetRole': 'UX researcher',
      'me.callMinutes': '20',
      'me.email': 'ana@example.com',
      'me.signature': 'Ana Souza',
      commonGround: 'we were both at the University of Leeds in 2011–2013',
      'referrer.name': 'Sam Lee',
      'referrer.firstName': 'Sam',
      'meeting.point': 'hiring',
    });
  });

  it('prefers an explicit referrer, and works from a bare profile', () => {
    const values = buildTemplateValues({ me: mine, them, referrer: { name: 'Priya Patel' } });
    expect(values['them.firstName']).toBe('Dana');
    expect(values['referrer.name']).toBe('Priya Patel');
    expect(values.commonGround).toBeUndefined();
  });

  it('reads the role from the headline when no experience was captured', () => {
    const sparse = person({ name: 'Lee Chan', headline: 'Product Designer at Hooli | Mentor' });
    expect(buildTemplateValues({ me: mine, them: sparse })).toMatchObject({
      'them.title': 'Product Designer',
      'them.company': 'Hooli',
    });
  });

  it('lets the user’s own values win, but not blank ones', () => {
    const values = buildTemplateValues({
      me: mine,
      them,
      extra: { 'them.firstName': 'Dee', 'them.company': ' ' },
    });
    expect(values['them.firstName']).toBe('Dee');
    expect(values['them.company']).toBe('Northwind Health');
  });

  it('never mentions broad common ground in an email', () => {
    const commonGround = findCommonGround(
      me({ languages: ['English'] }),
      person({ languages: ['English'] }),
      { now: NOW },
    );
    expect(buildTemplateValues({ me: mine, them, commonGround }).commonGround).toBeUndefined();
  });
});

describe('buildTemplateValues: the email’s hook', () => {
  const withGit = (extra: Parameters<typeof me>[0]) => me({ name: 'Ana Souza', skills: ['Git'], ...extra });
  const dana = (extra: Parameters<typeof person>[0]) => person({ skills: ['Git', 'Figma'], ...extra });
  const hook = (mineNow: ReturnType<typeof me>, theirs: ReturnType<typeof person>) =>
    buildTemplateValues({
      me: mineNow,
      them: theirs,
      commonGround: findCommonGround(mineNow, theirs, { now: NOW }),
    }).commonGround;

  it('is the school they share, never a skill as common as Git', () => {
    expect(
      hook(
        withGit({ education: [study('University of Leeds')] }),
        dana({ education: [study('University of Leeds')] }),
      ),
    ).toBe('we both studied at the University of Leeds');
  });

  it('is nothing at all when all they share is a skill', () => {
    expect(hook(withGit({}), dana({}))).toBeUndefined();
  });
});
