import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a piece of the interface only once it is wanted (a disclosure opened), so the popup's first
 * render does not wait for code the user may never open. Undefined until loaded.
 */
export function useLazy<T>(wanted: boolean, load: () => Promise<T>): T | undefined {
  const [loaded, setLoaded] = useState<{ value: T } | undefined>();
  useEffect(() => {
    if (!wanted || loaded) return;
    let current = true;
    void load().then((value) => {
      if (current) setLoaded({ value });
    });
    return () => {
      current = false;
    };
  }, [wanted]);
  return loaded?.value;
}
