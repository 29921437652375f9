import { describe, expect, it } from 'vitest';
import demo from '../../../tests/fixtures/linkedin/demo-profile.expected.json';
import type { ProfileSnapshot } from '../../shared/profile';
import { emptyMyProfile, type MyProfile } from '../../shared/settings';
import { chosenCount, describeItem, initialChoice, isInMyProfile, mergeIntoMe } from './merge-me';

const page = demo.profile as ProfileSnapshot;

function me(overrides: Partial<MyProfile> = {}): MyProfile {
  return {
    ...emptyMyProfile(),
    name: 'Maya O.',
    situation: 'Leading research, looking to mentor',
    targetField: 'Research leadership',
    obstacles: ['Time'],
    signature: 'Maya',
    experience: [{ title: '', company: 'northwind health' }],
    skills: ['user research'],
    ...overrides,
  };
}

describe('merging my own page into My profile', () => {
  it('ticks what is new, and fields only where My profile is blank', () => {
    const choice = initialChoice(me(), page);
    expect(choice.fields).toEqual({ name: false, headline: true, location: true });
    expect(choice.lists.experience).toEqual([true, false, true, true]);
    expect(choice.lists.skills).toEqual([false, true, true]);
    expect(choice.lists.education).toEqual([true, true]);
    expect(chosenCount(choice)).toBe(2 + 3 + 2 + 2 + 3 + 1 + 1);
  });

  it('counts a job typed without title or dates as the same job', () => {
    expect(isInMyProfile(me(), 'experience', page.experience[1]!)).toBe(true);
    const dated = me({ experience: [{ title: '', company: 'Northwind Health', start: '2016-01' }] });
    expect(isInMyProfile(dated, 'experience', page.experience[1]!)).toBe(false);
  });

  it('adds ticked items after the user’s own and never touches what only they can say', () => {
    const mine = me();
    const choice = initialChoice(mine, page);
    choice.lists.languages = [false, true, false];
    choice.fields.name = true;
    const merged = mergeIntoMe(mine, page, choice);
    expect(merged.name).toBe('Maya Okafor');
    expect(merged.headline).toBe(page.headline);
    expect(merged.experience.map((p) => p.company)).toEqual([
      'northwind health',
      'Brightwater Labs',
      'Harbourline Studio',
      'Harbourline Studio',
    ]);
    expect(merged.skills).toEqual(['user research', 'Usability Testing', 'Research Operations']);
    expect(merged.languages).toEqual(['Yoruba']);
    expect(merged.education.map((e) => e.school)).toEqual([
      'University of Leeds',
      'Lakeside College of Design',
    ]);
    const { situation, targetField, targetRole, obstacles, signature, email } = merged;
    expect({ situation, targetField, targetRole, obstacles, signature, email }).toEqual({
      situation: mine.situation,
      targetField: mine.targetField,
      targetRole: mine.targetRole,
      obstacles: mine.obstacles,
      signature: mine.signature,
      email: mine.email,
    });
  });

  it('changes nothing when nothing is ticked', () => {
    const mine = me();
    const choice = initialChoice(mine, page);
    const none = {
      fields: { name: false, headline: false, location: false },
      lists: Object.fromEntries(Object.entries(choice.lists).map(([k, v]) => [k, v.map(() => false)])),
    } as typeof choice;
    expect(chosenCount(none)).toBe(0);
    expect(mergeIntoMe(mine, page, none)).toEqual(mine);
  });

  it('describes items as a line to check against the page', () => {
    expect(describeItem('experience', page.experience[0]!)).toBe(
      'UX Research Lead at Brightwater Labs · 2021-03–now',
    );
    expect(describeItem('education', page.education[0]!)).toBe(
      'University of Leeds · Master of Science - MS, Human-Computer Interaction · 2011–2012',
    );
    expect(describeItem('volunteering', page.volunteering[0]!)).toBe('Mentor at Open Research Circle');
    expect(describeItem('certifications', page.certifications[0]!)).toBe(
      'Certified Usability Analyst · Human Factors Academy',
    );
    expect(describeItem('skills', 'Research Operations')).toBe('Research Operations');
  });
});
