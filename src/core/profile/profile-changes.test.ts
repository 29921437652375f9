import { describe, expect, it } from 'vitest';
import { emptyProfile, type Position } from '../../shared/profile';
import { currentPosition, describeChanges, detectJobChange } from './profile-changes';

const withRoles = (experience: Position[], extra = {}) => ({
  ...emptyProfile('https://www.linkedin.com/in/x/', 'X'),
  experience,
  ...extra,
});

describe('currentPosition', () => {
  it.each([
    [
      [
        { title: 'Old', company: 'A', end: '2020' },
        { title: 'Now', company: 'B', end: 'present' },
      ],
      'Now',
    ],
    [[{ title: 'Open', company: 'A' }], 'Open'],
    [[{ title: 'Old', company: 'A', end: '2020' }], undefined],
  ] as [Position[], string | undefined][])('%j → %s', (roles, title) =>
    expect(currentPosition(withRoles(roles))?.title).toBe(title),
  );
});

describe('detectJobChange', () => {
  const before = withRoles([{ title: 'Analyst', company: 'Contoso', end: 'present' }]);
  it('sees a new employer', () => {
    const after = withRoles([{ title: 'Analyst', company: 'Fabrikam', end: 'present' }]);
    expect(detectJobChange(before, after, 5)).toEqual({
      at: 5,
      from: { title: 'Analyst', company: 'Contoso' },
      to: { title: 'Analyst', company: 'Fabrikam' },
    });
  });
  it('sees a new title at the same employer', () => {
    const after = withRoles([{ title: 'Senior Analyst', company: 'Contoso', end: 'present' }]);
    expect(detectJobChange(before, after, 5)?.to.title).toBe('Senior Analyst');
  });
  it('ignores case and spacing differences', () => {
    expect(
      detectJobChange(before, withRoles([{ title: 'analyst ', company: 'CONTOSO', end: 'present' }]), 5),
    ).toBeUndefined();
  });
  it('is not a job change when the first capture had no experience at all', () => {
    expect(detectJobChange(withRoles([]), before, 5)).toBeUndefined();
  });
});

describe('describeChanges', () => {
  it('says in words what changed', () => {
    const before = withRoles([{ title: 'Analyst', company: 'Contoso' }], {
      headline: 'Analyst',
      skills: ['SQL'],
    });
    const after = withRoles(
      [
        { title: 'Lead', company: 'Contoso' },
        { title: 'Analyst', company: 'Contoso' },
      ],
      {
        headline: 'Lead at Contoso',
        location: 'Lisbon',
        skills: ['SQL', 'dbt'],
      },
    );
    expect(describeChanges(before, after)).toEqual([
      'New headline: Lead at Contoso',
      'Moved to Lisbon',
      'New role: Lead at Contoso',
      'New skills: dbt',
    ]);
  });
});
