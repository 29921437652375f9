import { describe, expect, it } from 'vitest';
import { job, me, NOW, person } from '../../../tests/support/prepare-fixtures';
import { findCommonGround } from './common-ground';

describe('findCommonGround: transitions', () => {
  const teacherToUx = [
    job('Figma', '2021', 'present', { title: 'Senior UX Researcher' }),
    job('Leeds Academy', '2014', '2020', { title: 'Maths Teacher' }),
  ];

  it('both made the same move', () => {
    const mine = me({
      experience: [
        job('Globex', '2022', 'present', { title: 'UX Designer' }),
        job('School', '2016', '2021', { title: 'Teacher' }),
      ],
    });
    const [item] = findCommonGround(mine, person({ experience: teacherToUx }), { now: NOW }).filter(
      (entry) => entry.kind === 'transition',
    );
    expect(item).toMatchObject({ label: 'You both moved from teaching into UX', mine: 'teaching → UX' });
  });

  it('they made the move the user is making now', () => {
    const mine = me({
      targetField: 'UX research',
      experience: [job('School', '2016', 'present', { title: 'Secondary School Teacher' })],
    });
    const items = findCommonGround(mine, person({ experience: teacherToUx }), { now: NOW });
    expect(items[0]).toMatchObject({
      kind: 'transition',
      label: 'They moved from teaching into UX, the move you are making now',
      phrase: 'you moved from teaching into UX, the move I am making now',
    });
  });

  it('the same destination from different starting points is weaker', () => {
    const mine = me({
      targetRole: 'Product Manager',
      experience: [job('Globex', '2016', 'present', { title: 'Software Engineer' })],
    });
    const theirs = person({
      experience: [
        job('Initech', '2020', 'present', { title: 'Product Manager' }),
        job('Hooli', '2015', '2020', { title: 'Management Consultant' }),
      ],
    });
    const [item] = findCommonGround(mine, theirs, { now: NOW });
    expect(item?.label).toBe('They moved into product management from consulting, as you are doing now');
  });

  it('an internship is not a career someone moved away from', () => {
    const mine = me({
      targetField: 'UX',
      experience: [job('School', '2016', 'present', { title: 'Teacher' })],
    });
    const theirs = person({
      experience: [
        job('Figma', '2021', 'present', { title: 'UX Designer' }),
        job('Uni', '2019', '2020', { title: 'Teaching Assistant' }),
      ],
    });
    expect(findCommonGround(mine, theirs, { now: NOW })).toEqual([]);
  });
});
