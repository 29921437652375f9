import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../shared/contact';
import { INTERACTION_KINDS, type Interaction } from '../../shared/interaction';
import { deriveStage } from './stage';
import { planStageMove, stagesAfter } from './stage-moves';

const URL = 'https://www.linkedin.com/in/x/';
const NOW = 5_000_000;
const history = fc
  .array(
    fc.record({ kind: fc.constantFrom(...INTERACTION_KINDS), at: fc.integer({ min: 0, max: 2 * NOW }) }),
    { maxLength: 12 },
  )
  .map((past) => past.map((p, n): Interaction => ({ id: `p${n}`, contactUrl: URL, ...p })));

describe('moving a contact on the board', () => {
  it('records what makes the target stage true, after everything before, whatever happened', () => {
    fc.assert(
      fc.property(history, fc.constantFrom(...STAGES), (before, target) => {
        const from = deriveStage(before);
        const planned = planStageMove(before, target, NOW);
        if (STAGES.indexOf(target) <= STAGES.indexOf(from)) {
          expect(planned).toBeUndefined();
          return;
        }
        expect(planned?.length).toBeGreaterThan(0);
        const latest = Math.max(0, ...before.map((i) => i.at));
        for (const p of planned ?? []) expect(p.at).toBeGreaterThan(latest);
        const after = [...before, ...(planned ?? []).map((p, n) => ({ ...p, id: `m${n}`, contactUrl: URL }))];
        expect(deriveStage(after)).toBe(target);
      }),
      { numRuns: 1000 },
    );
  });

  it('records one step when one step is enough, and holds the planned meeting', () => {
    const scheduled: Interaction = { id: 's', contactUrl: URL, kind: 'meeting-scheduled', at: 10 };
    expect(planStageMove([], 'asked', NOW)).toEqual([{ kind: 'outreach-sent', at: NOW }]);
    expect(planStageMove([scheduled], 'met', NOW)).toEqual([
      { kind: 'meeting-held', at: NOW, scheduledId: 's' },
    ]);
    expect(planStageMove([scheduled], 'thanked', NOW)?.map((p) => p.kind)).toEqual([
      'meeting-held',
      'thank-you-sent',
    ]);
  });

  it('offers only the stages ahead', () => {
    expect(stagesAfter('to-contact')).toEqual(['asked', 'scheduled', 'met', 'thanked', 'in-touch']);
    expect(stagesAfter('thanked')).toEqual(['in-touch']);
    expect(stagesAfter('in-touch')).toEqual([]);
  });
});
