import { useEffect } from 'preact/hooks';

/** While `dirty`, leaving or reloading the page asks first: nothing the user typed may vanish. */
export function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const guard = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', guard);
    return () => removeEventListener('beforeunload', guard);
  }, [dirty]);
}
