import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ix, run, T0 } from '../../../tests/support/follow-up-fixtures';
import type { FollowUpKind } from '../../shared/interaction';
import { DAY, HOUR } from '../time-units';
import type { LinkedInteraction } from './interaction-order';
import { PAID_BY, paidBy } from './paid-by';

/** A history that leaves one follow-up of each payable kind open. */
const OPENS: Record<keyof typeof PAID_BY, LinkedInteraction[]> = {
  'thank-you': [ix('h', 'meeting-held', T0)],
  'reply-nudge': [ix('o', 'outreach-sent', T0)],
  'keep-posted': [ix('h', 'meeting-held', T0), ix('t', 'thank-you-sent', T0 + HOUR)],
  'check-in': [ix('r', 'reply-received', T0)],
};

describe('the interaction that pays a follow-up', () => {
  it.each(Object.keys(PAID_BY) as (keyof typeof PAID_BY)[])(
    'logging it clears an open %s, whenever it is logged after the history',
    (kind) => {
      const open = run(OPENS[kind]).find((f) => f.kind === kind);
      expect(open).toBeDefined();
      fc.assert(
        fc.property(fc.integer({ min: 2 * HOUR, max: 400 * DAY }), (after) => {
          const paid = ix('paid', PAID_BY[kind], T0 + after);
          const ids = run([...OPENS[kind], paid]).map((f) => f.id);
          expect(ids).not.toContain(open?.id);
        }),
        { numRuns: 30 },
      );
    },
  );

  it.each<FollowUpKind>(['action-item', 'thank-referrer'])('%s is only ever marked done', (kind) => {
    expect(paidBy(kind)).toBeUndefined();
  });
});
