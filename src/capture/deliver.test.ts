import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDelivery } from './deliver';

const noWait = { sleep: async () => undefined, backoffMs: [1, 2, 4, 8, 16] };

describe('delivering a capture to a worker that may be stopped', () => {
  it('keeps sending until the background answers, whatever number of stops (within the bound) came first', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('reject', 'no reply'), { maxLength: 5 }), async (stops) => {
        const failures = [...stops];
        let calls = 0;
        const deliver = createDelivery(async () => {
          calls++;
          const failure = failures.shift();
          if (failure === 'reject') throw new Error('The message channel closed before a response');
          if (failure === 'no reply') return undefined;
          return { ok: true, result: {} };
        }, noWait);
        expect(await deliver('page', { type: 'capture:saveProfile' })).toBe('stored');
        expect(calls).toBe(stops.length + 1);
      }),
    );
  });

  it('gives up after the last backoff, and never retries a refusal', async () => {
    let calls = 0;
    const lost = createDelivery(async () => {
      calls++;
      throw new Error('stopped');
    }, noWait);
    expect(await lost('page', {})).toBe('lost');
    expect(calls).toBe(6);

    calls = 0;
    const refused = createDelivery(async () => {
      calls++;
      return { ok: false, error: 'Sender may not send capture:saveProfile' };
    }, noWait);
    expect(await refused('page', {})).toBe('refused');
    expect(calls).toBe(1);
  });

  it('takes a reply that never comes as lost and tries again', async () => {
    let calls = 0;
    const deliver = createDelivery(
      () => (++calls === 1 ? new Promise(() => undefined) : Promise.resolve({ ok: true })),
      { backoffMs: [1], attemptMs: 5 },
    );
    expect(await deliver('page', {})).toBe('stored');
    expect(calls).toBe(2);
  });

  it('lets a newer capture of the same page replace one still waiting to be retried', async () => {
    const sent: string[] = [];
    let release = () => {};
    const paused = new Promise<void>((resolve) => {
      release = resolve;
    });
    const deliver = createDelivery(
      async (message) => {
        sent.push(message as string);
        if (sent.length === 1) throw new Error('stopped');
        return { ok: true };
      },
      { backoffMs: [1], sleep: () => paused },
    );
    const older = deliver('page', 'first read');
    await Promise.resolve();
    const newer = deliver('page', 'second read');
    release();
    expect(await newer).toBe('stored');
    expect(await older).toBe('superseded');
    expect(sent).toEqual(['first read', 'second read']);
  });
});
