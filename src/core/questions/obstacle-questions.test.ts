import { describe, expect, it } from 'vitest';
import { obstacleQuestion } from './obstacle-questions';

describe('obstacleQuestion', () => {
  it.each<[string, string | undefined, string | undefined]>([
    [
      'Limited network in the industry.',
      undefined,
      'I have limited network in the industry — how would you work around that in my position?',
    ],
    [
      'not enough experience',
      'data',
      "I don't have enough experience — how much does that matter in data, and how would you work around it?",
    ],
    ['Lack of a degree', undefined, 'I lack a degree — how would you work around that in my position?'],
    ["i'm not technical", undefined, "I'm not technical — how would you work around that in my position?"],
    [
      'My degree is in history',
      undefined,
      'My degree is in history — how would you work around that in my position?',
    ],
    ['GPA below 3.0', undefined, 'How would you approach GPA below 3.0 if you were in my position?'],
    ['Is it too late to switch at 40?', undefined, 'Is it too late to switch at 40?'],
    ['   ', undefined, undefined],
  ])('%j → %j', (obstacle, field, expected) => {
    expect(obstacleQuestion(obstacle, field)).toBe(expected);
  });
});
