import { describe, expect, it } from 'vitest';
import type { Position } from '../../shared/profile';
import { fieldOf, transitionsOf } from './career-fields';

const NOW = Date.UTC(2025, 5, 15);

describe('fieldOf', () => {
  it.each([
    ['Senior UX Researcher', 'ux'],
    ['Product Designer', 'ux'],
    ['UX research', 'ux'],
    ['Senior Product Manager', 'product'],
    ['Data Scientist', 'data'],
    ['Data Engineer', 'data'],
    ['Software Engineer II', 'engineering'],
    ['Engineering Manager', 'engineering'],
    ['Year 6 Teacher', 'teaching'],
    ['Lecturer in History', 'teaching'],
    ['Postdoctoral Researcher', 'research'],
    ['Management Consultant', 'consulting'],
    ['Associate, Investment Banking', 'finance'],
    ['Solicitor', 'law'],
    ['Registered Nurse', 'healthcare'],
    ['Technical Recruiter', 'hr'],
    ['Brand Marketing Lead', 'marketing'],
  ])('%s → %s', (title, id) => {
    expect(fieldOf(title)?.id).toBe(id);
  });

  it.each(['Founder', 'Director', 'Volunteer', ''])('%j has no field', (title) => {
    expect(fieldOf(title)).toBeUndefined();
  });
});

describe('transitionsOf', () => {
  const position = (title: string, start?: string, end?: string): Position => ({
    title,
    company: 'Somewhere',
    ...(start && { start }),
    ...(end && { end }),
  });

  it('lists every move along the path, oldest first', () => {
    const moves = transitionsOf(
      [
        position('UX Designer', '2021', 'present'),
        position('Research Associate', '2019', '2021'),
        position('Teacher', '2012', '2019'),
        position('Teaching Intern', '2011', '2012'),
      ],
      NOW,
    ).map((move) => `${move.from.id}>${move.to.id}`);
    expect(moves).toEqual(['teaching>research', 'research>ux', 'teaching>ux']);
  });

  it('finds no move when the dates do not say which role came first', () => {
    expect(transitionsOf([position('Product Manager'), position('Software Engineer')], NOW)).toEqual([]);
  });

  it.each([
    ['Product Lead – Applied ML | Risk UX', 'product'],
    ['Senior Software Engineer, Data Platform', 'engineering'],
  ])('reads %s as one role in %s', (title, field) => {
    expect(fieldOf(title)?.id).toBe(field);
  });

  it('finds no move to a title that still names the first field', () => {
    const moves = transitionsOf(
      [
        position('Product Lead – Applied ML | Risk UX', '2021', 'present'),
        position('UX Designer', '2016', '2021'),
      ],
      NOW,
    );
    expect(moves).toEqual([]);
  });

  it('finds no move inside one multi-part title', () => {
    expect(transitionsOf([position('Product Lead – Applied ML | Risk UX', '2021', 'present')], NOW)).toEqual(
      [],
    );
  });

  it('finds no move within one field', () => {
    expect(
      transitionsOf([position('Senior Engineer', '2020'), position('Engineer', '2015', '2020')], NOW),
    ).toEqual([]);
  });
});
