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

  it('falls back to LinkedIn order (newest first) when dates are missing', () => {
    const moves = transitionsOf([position('Product Manager'), position('Software Engineer')], NOW);
    expect(moves.map((move) => `${move.from.id}>${move.to.id}`)).toEqual(['engineering>product']);
  });

  it('finds no move within one field', () => {
    expect(
      transitionsOf([position('Senior Engineer', '2020'), position('Engineer', '2015', '2020')], NOW),
    ).toEqual([]);
  });
});
