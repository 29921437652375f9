import type { ProfileSnapshot } from '../../shared/profile';
import { sharedOrganizations } from './organizations';
import { sharedBackground, sharedTransition } from './shared-history';
import {
  COMMON_GROUND_KINDS,
  type CommonGround,
  type CommonGroundContext,
  type MyProfileLike,
  STRENGTH,
} from './types';

/** How many items the UI shows before "more". */
export const COMMON_GROUND_SHOWN = 5;

/** Below this, an item is true but too broad to open an email with. */
export const MENTIONABLE_STRENGTH = 20;

/** Everything the two profiles share, strongest first. */
export function findCommonGround(
  me: MyProfileLike,
  them: ProfileSnapshot,
  context: CommonGroundContext = {},
): CommonGround[] {
  const now = context.now ?? Date.now();
  const items = [
    ...sharedOrganizations(me, them, now),
    ...sharedBackground(me, them),
    ...sharedTransition(me, them, now),
  ];
  const referrer = context.referrer?.name.trim();
  if (referrer) {
    items.push({
      kind: 'referrer',
      label: `${referrer} suggested you talk`,
      phrase: `${referrer} suggested I get in touch`,
      mine: referrer,
      theirs: referrer,
      strength: STRENGTH.referrer,
    });
  }
  const seen = new Set<string>();
  return rankCommonGround(items).filter((item) => !seen.has(item.label) && seen.add(item.label));
}

/** Strongest first; ties broken by kind and then label so the order never depends on input order. */
export function rankCommonGround(items: readonly CommonGround[]): CommonGround[] {
  return [...items].sort(
    (a, b) =>
      b.strength - a.strength ||
      COMMON_GROUND_KINDS.indexOf(a.kind) - COMMON_GROUND_KINDS.indexOf(b.kind) ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
}

/** The items the UI shows at once and the ones behind "more". */
export function splitCommonGround(
  items: readonly CommonGround[],
  shown: number = COMMON_GROUND_SHOWN,
): { shown: CommonGround[]; more: CommonGround[] } {
  const ranked = rankCommonGround(items);
  return { shown: ranked.slice(0, shown), more: ranked.slice(shown) };
}

/**
 * The common ground worth opening an email with: the strongest that is not the referrer (who has a
 * sentence of their own), not a shared skill (thousands of people list "Git"; naming one tells the reader
 * nothing about why you wrote to them) and not so broad it would sound odd.
 */
export function strongestCommonGround(items: readonly CommonGround[]): CommonGround | undefined {
  return rankCommonGround(items).find(
    (item) => item.kind !== 'referrer' && item.kind !== 'skill' && item.strength >= MENTIONABLE_STRENGTH,
  );
}
