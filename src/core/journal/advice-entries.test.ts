import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../shared/interaction';
import { advicePieces } from './advice-entries';

const meeting = (over: Partial<Interaction>): Interaction => ({
  id: 'm1',
  contactUrl: 'https://www.linkedin.com/in/maya/',
  kind: 'meeting-held',
  at: 1,
  ...over,
});

describe('advicePieces', () => {
  it.each([
    [
      'one a line, bullets and numbers off',
      { note: '- Get the AWS cert\n2) Build a portfolio\n\n•  ok' },
      ['Get the AWS cert', 'Build a portfolio'],
    ],
    [
      'captured advice wins over the note',
      { note: 'We talked for ages', advice: ['Learn SQL', ' '] },
      ['Learn SQL'],
    ],
    ['no note', {}, []],
  ])('%s', (_, over, texts) => {
    const pieces = advicePieces(meeting(over));
    expect(pieces.map((p) => p.text)).toEqual(texts);
    expect(new Set(pieces.map((p) => p.id)).size).toBe(texts.length);
  });
});
