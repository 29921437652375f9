import { describe, expect, it } from 'vitest';
import { isEverydaySkill, skillInSentence, skillKey } from './skill-names';

describe('skillKey', () => {
  it.each([
    ['Python (Programming Language)', 'python'],
    ['JS', 'javascript'],
    ['Node.js', 'nodejs'],
    ['UX Design', 'user experience design'],
    ['Microsoft Excel', 'excel'],
    ['Search Engine Optimisation', 'search engine optimization'],
  ])('%s → %s', (skill, key) => {
    expect(skillKey(skill)).toBe(key);
  });

  it('keeps languages that differ only in symbols apart', () => {
    expect(new Set([skillKey('C'), skillKey('C++'), skillKey('C#')]).size).toBe(3);
  });
});

describe('isEverydaySkill', () => {
  it.each([
    ['Communication', true],
    ['MS Office', true],
    ['Microsoft Excel', true],
    ['Team Work', true],
    ['Figma', false],
    ['Qualitative Research', false],
    ['Kubernetes', false],
  ])('%s → %s', (skill, expected) => {
    expect(isEverydaySkill(skill)).toBe(expected);
  });
});

it('skillInSentence drops LinkedIn qualifiers', () => {
  expect(skillInSentence('R (Programming Language)')).toBe('R');
});
