import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ix, T0 } from '../../../tests/support/follow-up-fixtures';
import type { Stage } from '../../shared/contact';
import { INTERACTION_KINDS, type InteractionKind } from '../../shared/interaction';
import { deriveStage } from './stage';

const H = 3_600_000;
const seq = (...kinds: InteractionKind[]) => kinds.map((k, n) => ix(`i${n}`, k, T0 + n * H));

describe('deriveStage', () => {
  it.each<[string, InteractionKind[], Stage]>([
    ['nothing yet', [], 'to-contact'],
    ['a note alone never changes the stage', ['note'], 'to-contact'],
    ['outreach → asked', ['outreach-sent'], 'asked'],
    ['a reply before any meeting stays asked', ['outreach-sent', 'reply-received'], 'asked'],
    ['any contact counts, even without outreach logged', ['reply-received'], 'asked'],
    ['meeting scheduled', ['outreach-sent', 'reply-received', 'meeting-scheduled'], 'scheduled'],
    ['meeting held → met', ['outreach-sent', 'meeting-scheduled', 'meeting-held'], 'met'],
    ['held without a scheduled meeting logged', ['meeting-held'], 'met'],
    ['thank-you → thanked', ['meeting-scheduled', 'meeting-held', 'thank-you-sent'], 'thanked'],
    ['a thank-you before any meeting is just contact', ['outreach-sent', 'thank-you-sent'], 'asked'],
    ['update after thanks → in-touch', ['meeting-held', 'thank-you-sent', 'update-sent'], 'in-touch'],
    ['check-in after thanks → in-touch', ['meeting-held', 'thank-you-sent', 'check-in'], 'in-touch'],
    ['reply after thanks → in-touch', ['meeting-held', 'thank-you-sent', 'reply-received'], 'in-touch'],
    ['referral after thanks → in-touch', ['meeting-held', 'thank-you-sent', 'referral-made'], 'in-touch'],
    ['an update does not pay an owed thank-you', ['meeting-held', 'update-sent'], 'met'],
    ['a note after thanks changes nothing', ['meeting-held', 'thank-you-sent', 'note'], 'thanked'],
    [
      'a later meeting after thanks → met again',
      ['meeting-held', 'thank-you-sent', 'update-sent', 'meeting-held'],
      'met',
    ],
    [
      'a second meeting scheduled while in touch',
      ['meeting-held', 'thank-you-sent', 'check-in', 'meeting-scheduled'],
      'scheduled',
    ],
    ['an owed thank-you outranks a scheduled meeting', ['meeting-held', 'meeting-scheduled'], 'met'],
    [
      '…and the meeting shows once thanked',
      ['meeting-held', 'meeting-scheduled', 'thank-you-sent'],
      'scheduled',
    ],
    ['outreach after thanks leaves thanked', ['meeting-held', 'thank-you-sent', 'outreach-sent'], 'thanked'],
    ['in-touch stays in-touch', ['meeting-held', 'thank-you-sent', 'check-in', 'thank-you-sent'], 'in-touch'],
  ])('%s', (_label, kinds, expected) => {
    expect(deriveStage(seq(...kinds))).toBe(expected);
  });

  it('replays in time order, whatever order the array is in', () => {
    const ordered = seq('outreach-sent', 'meeting-scheduled', 'meeting-held', 'thank-you-sent');
    expect(deriveStage([...ordered].reverse())).toBe('thanked');
  });

  it('a thank-you logged at the same instant as the meeting counts as after it', () => {
    expect(deriveStage([ix('b', 'thank-you-sent', T0), ix('a', 'meeting-held', T0)])).toBe('thanked');
  });

  it('is to-contact exactly when nothing but notes was logged, and ignores notes otherwise', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INTERACTION_KINDS), { maxLength: 30 }), (kinds) => {
        const stage = deriveStage(seq(...kinds));
        expect(stage === 'to-contact').toBe(kinds.every((k) => k === 'note'));
        expect(deriveStage(seq(...kinds.filter((k) => k !== 'note')))).toBe(stage);
      }),
    );
  });
});
