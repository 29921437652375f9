import type { JobChange } from '../../shared/contact';
import { clip, LIMITS } from '../../shared/limits';
import { LIST_SECTIONS, type ProfileSnapshot } from '../../shared/profile';

/**
 * A merged profile cut to what the database holds. Each capture is within the limits, but merging keeps
 * earlier items after the ones a page showed, so a page that keeps changing could grow a list without
 * end: the items shown most recently come first and are kept, the oldest go.
 */
export function boundProfile(profile: ProfileSnapshot): ProfileSnapshot {
  const bounded = { ...profile };
  for (const section of LIST_SECTIONS) {
    const items = profile[section] as unknown[];
    if (items.length > LIMITS[section]) {
      (bounded as unknown as Record<string, unknown[]>)[section] = items.slice(0, LIMITS[section]);
    }
  }
  return bounded;
}

/** Change lines as stored: each within the text limit (sixty new skills make one long line), and few enough. */
export function boundChanges(changes: readonly string[]): string[] {
  return changes.slice(0, LIMITS.changesPerSnapshot).map((line) => clip(line, LIMITS.changeText));
}

/** Job changes, newest last: the oldest are dropped past the limit. */
export function boundJobChanges(changes: readonly JobChange[]): JobChange[] {
  return changes.length > LIMITS.jobChanges ? changes.slice(-LIMITS.jobChanges) : [...changes];
}
