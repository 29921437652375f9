import { useEffect, useRef } from 'preact/hooks';

// The due list, the tab's count and a person's panel can be on screen together: when one of them
// changes what is owed, the others reload instead of showing a follow-up that is already done.
const FOLLOW_UPS_CHANGED = 'rapport:follow-ups-changed';

export function announceFollowUpsChanged(): void {
  dispatchEvent(new Event(FOLLOW_UPS_CHANGED));
}

export function useFollowUpsChanged(callback: () => void): void {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    const listener = () => latest.current();
    addEventListener(FOLLOW_UPS_CHANGED, listener);
    return () => removeEventListener(FOLLOW_UPS_CHANGED, listener);
  }, []);
}
