import { describe, expect, it } from 'vitest';
import { firstNameOf } from './person-names';

describe('firstNameOf', () => {
  it.each([
    ['Dana Reyes', 'Dana'],
    ['  dana   reyes ', 'dana'],
    ['Dr. Jane Doe', 'Jane'],
    ['Prof Jane Doe', 'Jane'],
    ['Jane Doe, PhD', 'Jane'],
    ['Jane (Smith) Doe', 'Jane'],
    ['🌱 Jane Doe 🚀', 'Jane'],
    ['J. Robert Oppenheimer', 'Robert'],
    ['María José García', 'María'],
    ["Siobhán O'Neill", 'Siobhán'],
    ['Anne-Marie Duval', 'Anne-Marie'],
    ['王小明', '王小明'],
    ['Cher', 'Cher'],
    ['Dr.', 'Dr'],
    ['', ''],
    ['🚀', ''],
  ])('%j → %j', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});
