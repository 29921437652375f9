import { useEffect, useRef } from 'preact/hooks';
import type { MeetingState } from '../../shared/meeting';
import { send } from '../messages';

/** Typing is saved this long after the last key; ticks and captures at once. */
const TYPING_DELAY_MS = 300;

/**
 * Saves the meeting as it changes, one save after another so an older one never lands last; whatever
 * is still waiting is saved when the page goes away (the popup closes without warning).
 */
export function useMeetingSave(onError: (error: unknown) => void) {
  const pending = useRef<MeetingState | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const tail = useRef<Promise<unknown>>(Promise.resolve());
  const errorRef = useRef(onError);
  errorRef.current = onError;

  const flush = () => {
    clearTimeout(timer.current);
    const meeting = pending.current;
    pending.current = undefined;
    if (!meeting) return tail.current;
    const run = tail.current.then(() => send('ui:saveMeeting', { meeting }));
    tail.current = run.catch((e: unknown) => errorRef.current(e));
    return tail.current;
  };

  useEffect(() => {
    const onHidden = () => document.visibilityState === 'hidden' && void flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      void flush();
    };
  }, []);

  return {
    /** Saves now (a tick, a capture) or after typing pauses. */
    save: (meeting: MeetingState, typing = false) => {
      pending.current = meeting;
      clearTimeout(timer.current);
      if (typing) timer.current = setTimeout(() => void flush(), TYPING_DELAY_MS);
      else void flush();
    },
    /** Waits until everything asked for is saved. */
    flush,
    /**
     * The meeting as the database has it now, once this page's own saves have landed (the other page,
     * popup or tab, may have changed it); undefined when something changed here meanwhile, so what is
     * on screen wins.
     */
    reread: async (): Promise<MeetingState | null | undefined> => {
      await flush();
      const before = tail.current;
      const fresh = await send('ui:getMeeting', {});
      return pending.current === undefined && tail.current === before ? fresh : undefined;
    },
  };
}
