/**
 * JSON LinkedIn embeds in <code> blocks. Logged-in pages embed data about several members (the viewer, people
 * seen earlier in the session), so a block is only ever used when it is provably about the page's owner:
 * its public URL or identifier matches the page's profile, or, when the page gives no identifier, its
 * name matches the name the page shows.
 */
import { foldText } from '../core/names/fold-text';
import type { ProfileSnapshot } from '../shared/profile';
import { compact, isObject, type Json } from './json-ld';
import { profileSlug } from './page';
import { DATA_BLOCK } from './selectors';
import { clean } from './text';

/** Parsed JSON of every data block; the 2016 layout wraps it in an HTML comment and escapes "-" as \u002d. */
export function dataBlocks(doc: ParentNode): Json[] {
  const blocks: Json[] = [];
  for (const code of doc.querySelectorAll(DATA_BLOCK)) {
    const first = code.firstChild;
    const raw = (first?.nodeType === 8 ? first.nodeValue : code.textContent)?.trim() ?? '';
    if (!raw.startsWith('{')) continue;
    try {
      blocks.push(JSON.parse(raw.replaceAll('\\u002d', '-')));
    } catch {
      // Not JSON after all.
    }
  }
  return blocks;
}

/** Depth-first: the first value stored under `key` anywhere inside `value`. */
function find(value: unknown, key: string): unknown {
  if (!isObject(value)) return undefined;
  if (key in value) return value[key];
  for (const child of Object.values(value)) {
    const hit = find(child, key);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** Every object inside `value` that has all of `keys`. */
function objectsWith(value: unknown, keys: string[], out: Json[] = []): Json[] {
  if (!isObject(value)) return out;
  if (keys.every((k) => k in value)) out.push(value);
  for (const child of Object.values(value)) objectsWith(child, keys, out);
  return out;
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && clean(value) ? clean(value) : undefined;
const arr = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/**
 * Folded as every comparison in Rapport, letters and digits only, in any script: "O’Boyle", "O'Boyle" and
 * "Ó Boyle" are one name, "李" and "王" are not.
 */
const nameKey = (name: string): string => foldText(name).replace(/[^\p{L}\p{N}]/gu, '');
const sameName = (a: string, b: string): boolean => !!nameKey(a) && nameKey(a) === nameKey(b);

/**
 * The public identifier of the member a block describes, for pages that do not carry their own URL
 * (details pages): only a member whose name is the one the page shows.
 */
export function identifierFor(blocks: Json[], shownName: string): string | undefined {
  for (const block of blocks) {
    for (const member of objectsWith(block, ['publicIdentifier', 'firstName', 'lastName'])) {
      const name = `${str(member.firstName) ?? ''} ${str(member.lastName) ?? ''}`;
      if (sameName(name, shownName)) return str(member.publicIdentifier);
    }
  }
  return undefined;
}

/** {year, month} → "2019" / "2019-04"; month 0 means the page shows a year only. */
function dateOf(value: unknown, yearOnly = false): string | undefined {
  if (!isObject(value) || typeof value.year !== 'number') return undefined;
  const month = typeof value.month === 'number' && value.month > 0 && !yearOnly ? value.month : 0;
  return month ? `${value.year}-${String(month).padStart(2, '0')}` : String(value.year);
}

/**
 * The 2016 logged-in layout, which renders the whole profile from these blocks. `slug` is the page's
 * profile when known; the owner is the member whose public URL the top card block carries, and other blocks
 * count only when they name that same member id.
 */
export function readLegacyBlocks(
  blocks: Json[],
  slug?: string,
): (Partial<ProfileSnapshot> & { url: string }) | undefined {
  let owner: { url: string; id: unknown } | undefined;
  for (const block of blocks) {
    const url = str(find(block, 'canonicalUrl'));
    const blockSlug = url && profileSlug(url);
    if (blockSlug && (!slug || blockSlug === slug)) {
      owner = { url, id: find(block, 'memberID') };
      break;
    }
  }
  if (!owner) return undefined;
  const mine = blocks.filter((b) => {
    const id = find(b, 'memberID') ?? find(b, 'global_memberId');
    return id !== undefined && String(id) === String(owner.id);
  });
  const get = (key: string): unknown => {
    for (const block of mine) {
      const hit = find(block, key);
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
  const span = (item: Json, yearOnly = false) => {
    const start = dateOf(item.startDate, yearOnly);
    return start ? { start, end: dateOf(item.endDate, yearOnly) ?? ('present' as const) } : {};
  };
  return compact({
    url: owner.url,
    name: str(get('fmt__full_name')) ?? str(get('fullname')),
    headline: str(get('memberHeadline')),
    location: str(get('location_highlight')),
    about: str(get('rawSummary')),
    experience: arr(get('positions')).flatMap((p) => {
      const title = str(p.title);
      const company = str(p.companyName);
      return title && company ? [{ title, company, ...span(p) }] : [];
    }),
    education: arr(get('educations')).flatMap((e) => {
      const school = str(e.schoolName);
      return school
        ? [compact({ school, degree: str(e.degree), field: str(e.fieldOfStudy), ...span(e, true) })]
        : [];
    }),
    skills: arr(get('skills')).flatMap((s) => str(s.name) ?? []),
    languages: arr(get('languagesData')).flatMap((l) => str(l.displayName) ?? []),
    certifications: arr(get('certifications')).flatMap((c) => {
      const name = str(c.certificationName);
      return name ? [compact({ name, issuer: str(find(c.authorityV2, 'name')) })] : [];
    }),
    volunteering: arr(get('volunteerExperiences')).flatMap((v) => {
      const organization = str(find(v.organization, 'name'));
      return organization ? [compact({ role: str(v.role), organization })] : [];
    }),
  });
}
