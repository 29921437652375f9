/**
 * Delivers a capture to the background and keeps it until the background says it was stored. The
 * service worker may be stopped at any moment, even while it handles the message: then the message
 * channel closes with no reply, and the capture is sent again, a little later each time. Saving is
 * idempotent in the background (a content hash), so a capture that was stored before the reply was lost
 * is never stored twice. A refusal is an answer, not a failure: it is not retried.
 */
export type Outcome = 'stored' | 'refused' | 'superseded' | 'lost';

export interface DeliveryOptions {
  /** Waits between attempts; one attempt more than there are waits. */
  backoffMs?: readonly number[];
  /** How long one attempt may take before its reply is taken as lost. */
  attemptMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const isReply = (reply: unknown): reply is { ok: boolean } =>
  typeof reply === 'object' && reply !== null && typeof (reply as { ok?: unknown }).ok === 'boolean';

export function createDelivery(
  transport: (message: unknown) => Promise<unknown>,
  { backoffMs = [250, 500, 1000, 2000, 4000, 8000], attemptMs = 20_000, sleep = wait }: DeliveryOptions = {},
) {
  /** The newest capture per page: an older one still waiting to be retried gives way to it. */
  const newest = new Map<string, number>();
  let sent = 0;

  const attempt = (message: unknown): Promise<unknown> =>
    Promise.race([transport(message).catch(() => undefined), wait(attemptMs).then(() => undefined)]);

  return async function deliver(key: string, message: unknown): Promise<Outcome> {
    const mine = ++sent;
    newest.set(key, mine);
    for (let tries = 0; ; tries++) {
      const reply = await attempt(message);
      if (isReply(reply)) return reply.ok ? 'stored' : 'refused';
      const pause = backoffMs[tries];
      if (pause === undefined) return 'lost';
      await sleep(pause);
      if (newest.get(key) !== mine) return 'superseded';
    }
  };
}
