import { describe, expect, it } from 'vitest';
import { TEMPLATE_KINDS } from '../../shared/template';
import { paidBy } from '../follow-ups/paid-by';
import { sentInteraction } from './sent-interaction';

describe('sentInteraction', () => {
  it.each([
    ['thank-you', 'thank-you-sent'],
    ['keep-posted', 'update-sent'],
    ['check-in', 'check-in'],
    ['outreach', 'outreach-sent'],
    ['connection-note', 'outreach-sent'],
  ] as const)('a %s email, marked sent, is logged as %s', (kind, logged) => {
    expect(sentInteraction(kind)).toBe(logged);
  });

  it('pays the follow-up an email of the same name answers', () => {
    for (const kind of ['thank-you', 'keep-posted', 'check-in'] as const)
      expect(sentInteraction(kind)).toBe(paidBy(kind));
  });

  it('logs something for every template kind', () => {
    for (const kind of TEMPLATE_KINDS) expect(sentInteraction(kind)).toBeTruthy();
  });
});
