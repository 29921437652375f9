import { describe, expect, it, vi } from 'vitest';

describe('warming common ground', () => {
  it('changes no answer: common ground is the same with or without the head start', async () => {
    const { sam } = await import('../../tests/fixtures/sam-rivera');
    const me = sam({ obstacles: [] }).me;
    const them = {
      ...me,
      url: 'https://www.linkedin.com/in/someone-else/',
      name: 'Someone Else',
      location: 'Berkeley, CA',
    };
    const cold = await import('../core/common-ground/common-ground');
    const before = cold.findCommonGround(me, them, { now: 0 });
    vi.resetModules();
    const { warmCommonGround } = await import('./warm-common-ground');
    const warm = await import('../core/common-ground/common-ground');
    warmCommonGround();
    expect(warm.findCommonGround(me, them, { now: 0 })).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });
});
