import { type Reading, readingShape } from './page-ready';

const POLL_MS = 300;
const GIVE_UP_MS = 15_000;

/**
 * Reads the page until a reading is ready (see page-ready.ts) and the same twice in a row: LinkedIn
 * renders a profile after load and fills its sections in over a moment. Resolves undefined when no ready
 * reading comes in time, or when `stillCurrent` says the user has moved on.
 */
export function waitForProfile(
  read: () => Reading,
  isReady: (reading: Reading) => boolean,
  stillCurrent: () => boolean,
): Promise<Reading | undefined> {
  return new Promise((resolve) => {
    const started = Date.now();
    let lastShape: string | undefined;
    let lastReady: Reading | undefined;
    const tick = () => {
      if (!stillCurrent()) return resolve(undefined);
      const reading = read();
      const ready = isReady(reading);
      const shape = ready ? readingShape(reading) : undefined;
      if (ready && shape === lastShape) return resolve(reading);
      lastShape = shape;
      if (ready) lastReady = reading;
      if (Date.now() - started > GIVE_UP_MS) return resolve(ready ? reading : lastReady);
      setTimeout(tick, POLL_MS);
    };
    tick();
  });
}
