import { foldedKey } from '../../core/names/fold-text';
import { ITEM_KEYS } from '../../core/profile/merge-profile';
import type { Position, ProfileSnapshot } from '../../shared/profile';
import type { MyProfile } from '../../shared/settings';

/** What "This is me" may take from the user's own LinkedIn page; nothing only the user can say. */
export const IMPORT_FIELDS = [
  { key: 'name', label: 'Name' },
  { key: 'headline', label: 'Headline' },
  { key: 'location', label: 'Location' },
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number]['key'];

export const IMPORT_LISTS = [
  { key: 'education', label: 'Schools' },
  { key: 'experience', label: 'Employers' },
  { key: 'skills', label: 'Skills' },
  { key: 'languages', label: 'Languages' },
  { key: 'volunteering', label: 'Volunteering' },
  { key: 'certifications', label: 'Certifications' },
] as const;
export type ImportList = (typeof IMPORT_LISTS)[number]['key'];

type Item<L extends ImportList> = ProfileSnapshot[L][number];

/** Per field and per captured list item: whether to use it. */
export interface ImportChoice {
  fields: Record<ImportField, boolean>;
  lists: { [L in ImportList]: boolean[] };
}

/**
 * The same job typed by hand often lacks the title or the dates the page shows: one without them still
 * counts as that job, so it is not offered twice.
 */
function sameJob(mine: Position, theirs: Position): boolean {
  const title =
    foldedKey(mine.title) === foldedKey(theirs.title) || !mine.title.trim() || !theirs.title.trim();
  const start = !mine.start || !theirs.start || mine.start === theirs.start;
  return foldedKey(mine.company) === foldedKey(theirs.company) && title && start;
}

/** Whether My profile already has this item from the page. */
export function isInMyProfile<L extends ImportList>(me: MyProfile, list: L, item: Item<L>): boolean {
  if (list === 'experience') return me.experience.some((mine) => sameJob(mine, item as Position));
  const key = ITEM_KEYS[list] as (value: Item<L>) => string;
  return (me[list] as Item<L>[]).some((mine) => key(mine) === key(item));
}

/** New items are ticked; a field is ticked only where My profile has nothing, so no words are replaced unasked. */
export function initialChoice(me: MyProfile, captured: ProfileSnapshot): ImportChoice {
  const fields = Object.fromEntries(
    IMPORT_FIELDS.map(({ key }) => [key, Boolean(captured[key]?.trim()) && !me[key]?.trim()]),
  ) as Record<ImportField, boolean>;
  const lists = Object.fromEntries(
    IMPORT_LISTS.map(({ key }) => [
      key,
      (captured[key] as Item<typeof key>[]).map((item) => !isInMyProfile(me, key, item)),
    ]),
  ) as ImportChoice['lists'];
  return { fields, lists };
}

export function chosenCount(choice: ImportChoice): number {
  return (
    Object.values(choice.fields).filter(Boolean).length +
    Object.values(choice.lists).reduce((sum, ticks) => sum + ticks.filter(Boolean).length, 0)
  );
}

/**
 * My profile with the ticked parts of the page added: fields replaced, list items appended after the
 * user's own. Situation, target, obstacles, signature and email are never touched.
 */
export function mergeIntoMe(me: MyProfile, captured: ProfileSnapshot, choice: ImportChoice): MyProfile {
  const next: MyProfile = { ...me };
  for (const { key } of IMPORT_FIELDS) {
    const value = captured[key]?.trim();
    if (choice.fields[key] && value) next[key] = value;
  }
  for (const { key } of IMPORT_LISTS) {
    const items = captured[key] as Item<typeof key>[];
    const kept = [...(me[key] as Item<typeof key>[])];
    items.forEach((item, index) => {
      const probe = { ...me, [key]: kept } as MyProfile;
      if (choice.lists[key][index] && !isInMyProfile(probe, key, item)) kept.push(item);
    });
    (next as unknown as Record<ImportList, unknown[]>)[key] = kept;
  }
  return next;
}

const span = (start?: string, end?: string) =>
  start || end ? `${start ?? '?'}–${end === 'present' ? 'now' : (end ?? '')}` : '';

/** One item as a line of text the user can check against their page. */
export function describeItem<L extends ImportList>(list: L, item: Item<L>): string {
  const join = (...parts: (string | undefined)[]) => parts.filter((p) => p?.trim()).join(' · ');
  switch (list) {
    case 'education': {
      const e = item as ProfileSnapshot['education'][number];
      return join(e.school, [e.degree, e.field].filter(Boolean).join(', '), span(e.start, e.end));
    }
    case 'experience': {
      const p = item as Position;
      return join([p.title, p.company].filter((s) => s.trim()).join(' at '), span(p.start, p.end));
    }
    case 'volunteering': {
      const v = item as ProfileSnapshot['volunteering'][number];
      return join([v.role, v.organization].filter(Boolean).join(' at '), v.cause);
    }
    case 'certifications': {
      const c = item as ProfileSnapshot['certifications'][number];
      return join(c.name, c.issuer);
    }
    default:
      return String(item);
  }
}
