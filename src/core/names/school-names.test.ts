import { describe, expect, it } from 'vitest';
import { sameOrganization } from './org-names';
import { schoolMatch } from './school-names';

describe('schoolMatch', () => {
  it.each([
    ['University of Michigan', 'University of Michigan - Ann Arbor', 'a'],
    ['University of Michigan – Ann Arbor', 'University of Michigan', 'b'],
    ['University of Nebraska', 'University of Nebraska-Lincoln', 'a'],
    ['University of Illinois', 'University of Illinois Urbana-Champaign', 'a'],
    ['University of Texas', 'The University of Texas at Austin', 'a'],
    ['University of California', 'University of California, Berkeley', 'a'],
    [
      'University of Pennsylvania',
      'University of Pennsylvania School of Engineering and Applied Science',
      'a',
    ],
    ['Boston University', 'Boston University School of Law', 'a'],
    ['Stanford University', 'Stanford Graduate School of Business', 'a'],
    ['Harvard Business School', 'Harvard University', 'b'],
    ['University of Michigan College of Engineering', 'University of Michigan', 'b'],
    ['University of Leeds', 'The University of Leeds', 'same'],
  ] as const)('%s and %s are one school', (a, b, broader) => {
    expect(schoolMatch({ name: a }, { name: b })).toBe(broader);
  });

  it.each([
    ['University of California, Berkeley', 'University of California, Los Angeles'],
    ['University of Michigan - Ann Arbor', 'University of Michigan-Dearborn'],
    ['University of Illinois Chicago', 'University of Illinois Urbana-Champaign'],
    ['University of Michigan', 'Michigan State University'],
    ['Washington University in St. Louis', 'University of Washington'],
    ['Washington University', 'University of Washington School of Medicine'],
    ['London School of Economics', 'London Business School'],
    ['London School of Economics', 'University of London'],
    ['Harvard Business School', 'Harvard Law School'],
    ['Columbia Business School', 'Columbia College Chicago'],
    ['University of Leeds', 'University'],
    ['Boston College', 'Boston University School of Law'],
  ])('%s and %s are different schools', (a, b) => {
    expect(schoolMatch({ name: a }, { name: b })).toBeUndefined();
    expect(schoolMatch({ name: b }, { name: a })).toBeUndefined();
  });

  it('lets two LinkedIn school links decide, as for any organisation', () => {
    const main = { name: 'University of Michigan', url: 'https://www.linkedin.com/school/umich/' };
    const dearborn = {
      name: 'University of Michigan-Dearborn',
      url: 'https://www.linkedin.com/school/umdearborn/',
    };
    expect(schoolMatch(main, dearborn)).toBeUndefined();
    expect(sameOrganization(main, { ...dearborn, url: main.url })).toBe(true);
  });
});
