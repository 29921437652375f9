import { describe, expect, it } from 'vitest';
import { parseTextList } from './text-list';

describe('parseTextList', () => {
  it.each([
    ['a\nb\n\n c ', false, ['a', 'b', 'c']],
    ['UX research, Figma\nfigma', true, ['UX research', 'Figma']],
    ['one, two', false, ['one, two']],
    ['', false, []],
  ])('%j (commas: %s)', (text, commas, expected) => expect(parseTextList(text, commas)).toEqual(expected));
});
