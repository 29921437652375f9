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
    [
      'GPA below 3.0',
      undefined,
      'One thing holding me back is “GPA below 3.0”. What would you do about it in my place?',
    ],
    [
      'not sure how to get past resume screens',
      undefined,
      'I’m not sure how to get past resume screens — how would you work around that in my position?',
    ],
    [
      'Not sure which industries hire juniors',
      'UX Research',
      'I’m not sure which industries hire juniors — how much does that matter in UX research, and how would you work around it?',
    ],
    [
      "I don't know anyone in tech",
      undefined,
      "I don't know anyone in tech — how would you work around that in my position?",
    ],
    [
      'get past resume screens',
      undefined,
      'One thing holding me back is “get past resume screens”. What would you do about it in my place?',
    ],
    [
      'visa sponsorship',
      undefined,
      'One thing holding me back is “visa sponsorship”. What would you do about it in my place?',
    ],
    [
      'No portfolio yet',
      undefined,
      'I have no portfolio yet — how would you work around that in my position?',
    ],
    ['Is it too late to switch at 40?', undefined, 'Is it too late to switch at 40?'],
    ['   ', undefined, undefined],
  ])('%j → %j', (obstacle, field, expected) => {
    expect(obstacleQuestion(obstacle, field)).toBe(expected);
  });
});
