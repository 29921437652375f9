import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every minute, so "in 5 minutes" does not go stale on an open page. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
