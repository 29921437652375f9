import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from './errors';

export interface Loaded<T> {
  data: T | undefined;
  error: string | undefined;
  reload: () => Promise<void>;
}

/**
 * Loads something from the background and reloads it on demand. Only the latest request's answer is
 * kept, so a slow reply cannot overwrite a newer one; what was shown stays on screen while reloading.
 */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
  { keepOnChange = false }: { keepOnChange?: boolean } = {},
): Loaded<T> {
  const [data, setData] = useState<T | undefined>();
  const [error, setError] = useState<string | undefined>();
  const latest = useRef(0);
  const loader = useRef(load);
  loader.current = load;
  const reload = useCallback(async () => {
    const request = ++latest.current;
    try {
      const result = await loader.current();
      if (request !== latest.current) return;
      setData(result);
      setError(undefined);
    } catch (e) {
      if (request === latest.current) setError(errorText(e));
    }
  }, []);
  // New inputs (another person) start from nothing, so nothing of the previous one is shown as theirs;
  // a longer page of the same list (`keepOnChange`) keeps what is shown until the rest arrives.
  useEffect(() => {
    if (!keepOnChange) {
      setData(undefined);
      setError(undefined);
    }
    void reload();
  }, deps);
  return { data, error, reload };
}
