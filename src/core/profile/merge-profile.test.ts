import { describe, expect, it } from 'vitest';
import type { CaptureReport } from '../../shared/profile';
import { emptyProfile } from '../../shared/profile';
import { mergeProfile } from './merge-profile';

const base = {
  ...emptyProfile('https://www.linkedin.com/in/ada/', 'Ada'),
  headline: 'Old headline',
  about: 'About me',
  experience: [
    { title: 'A', company: 'One' },
    { title: 'B', company: 'Two' },
    { title: 'C', company: 'Three' },
  ],
  skills: ['Research', 'Figma'],
};
const report = (sections: CaptureReport['sections']): CaptureReport => ({ layout: 'test', sections });

describe('mergeProfile', () => {
  it('takes the first capture as it is', () => {
    expect(mergeProfile(undefined, base, report({}))).toBe(base);
  });

  it('keeps sections the page did not show or could not read', () => {
    const next = { ...emptyProfile(base.url, 'Ada'), headline: 'New headline' };
    const merged = mergeProfile(
      base,
      next,
      report({
        headline: { status: 'read' },
        experience: { status: 'unreadable' },
        skills: { status: 'absent' },
      }),
    );
    expect(merged.headline).toBe('New headline');
    expect(merged.about).toBe('About me');
    expect(merged.experience).toHaveLength(3);
    expect(merged.skills).toEqual(['Research', 'Figma']);
  });

  it('puts what a main page shows first and keeps earlier items it did not show', () => {
    const next = {
      ...emptyProfile(base.url, 'Ada'),
      experience: [
        { title: 'New', company: 'Zero' },
        { title: 'a', company: 'one' },
      ],
    };
    const merged = mergeProfile(base, next, report({ experience: { status: 'read' } }));
    expect(merged.experience.map((p) => p.title)).toEqual(['New', 'a', 'B', 'C']);
  });

  it('lets a details page replace its section in full', () => {
    const next = { ...emptyProfile(base.url, 'Ada'), experience: [{ title: 'B', company: 'Two' }] };
    const merged = mergeProfile(base, next, report({ experience: { status: 'read' } }), 'experience');
    expect(merged.experience).toEqual([{ title: 'B', company: 'Two' }]);
    expect(merged.skills).toEqual(['Research', 'Figma']);
  });
});
