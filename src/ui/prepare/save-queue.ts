/**
 * Runs saves one after another, in the order they were asked for, so a slow earlier save can never land
 * after a later one and put back what the user has since changed. A failed save does not stop the next.
 */
export function createSaveQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
