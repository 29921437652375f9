/**
 * Reads the LinkedIn profile a page shows into a ProfileSnapshot, with a report of how each section was
 * read. Pure: a Document in, data out. Sources, best first, merged field by field: schema.org JSON-LD, the
 * head's meta tags, the rendered page, and (for the 2016 layout, which renders from it) the page's
 * embedded JSON.
 */
import {
  type CaptureReport,
  emptyProfile,
  PROFILE_SECTIONS,
  type ProfileSection,
  type ProfileSnapshot,
  type SectionStatus,
} from '../shared/profile';
import { canonicalProfileUrl } from '../shared/profile-url';
import { dataBlocks, identifierFor, readLegacyBlocks } from './embedded';
import { headerLines, readItem, type SectionItem } from './entries';
import { jsonLdPeople, personFields, personUrls } from './json-ld';
import { declaredProfileUrl, profileUrlOf } from './owner';
import { detailsSection, profileSlug, SECTIONS, sectionNamed } from './page';
import { pageKind } from './page-kind';
import { hasUnreadText, sectionRoot, topLevelItems } from './sections';
import {
  DETAILS_ID,
  DETAILS_ITEM,
  LAYOUTS,
  LAZY_SECTIONS,
  type ListSection,
  MAIN,
  meta,
  SECTION_HEADING,
} from './selectors';
import { clean, learnHiddenText, textOf } from './text';
import { readTopCard, titleName } from './top-card';

type SectionReport = CaptureReport['sections'][ProfileSection];

/** A details page names its section in its URL, or, saved to disk, in the ids of its list items. */
function detailsOf(doc: Document, url: string): ListSection | undefined {
  const fromUrl = detailsSection(url);
  if (fromUrl) return fromUrl;
  const token = DETAILS_ID.exec(doc.querySelector(DETAILS_ITEM)?.id.toLowerCase() ?? '')?.[1];
  return token ? sectionNamed(token) : undefined;
}

/** "Doug Cyphers' Certifications" on Justin's page: a section headed with another member's name. */
function namesSomeoneElse(root: Element, owner: string | undefined): boolean {
  const possessor = /^(.+?)['’]s?\s/.exec(textOf(root.querySelector(SECTION_HEADING)))?.[1];
  return !!owner && !!possessor && possessor.includes(' ') && !owner.includes(possessor);
}

function readSection(
  doc: Document,
  section: ListSection,
  root: Element | null,
  owner: string | undefined,
): [SectionItem[], NonNullable<SectionReport>] {
  if (!root) {
    const lazy = LAZY_SECTIONS[section];
    return [
      [],
      lazy && doc.querySelector(lazy)
        ? { status: 'unreadable', note: 'not loaded yet' }
        : { status: 'absent' },
    ];
  }
  if (namesSomeoneElse(root, owner)) return [[], { status: 'absent', note: 'names another member' }];
  const candidates = topLevelItems(root);
  const items = candidates.flatMap((item) => readItem(section, item));
  if (items.length) return [items, { status: 'read', count: items.length }];
  // Single-line items (causes, supported organisations) are content of another kind, not a broken layout.
  const unreadable = candidates.length
    ? candidates.some((item) => headerLines(item).length > 1)
    : hasUnreadText(root);
  return [items, unreadable ? { status: 'unreadable', note: 'unknown structure' } : { status: 'empty' }];
}

/**
 * The name in the page's meta tags (profile:first_name / last_name, else og:title), when they describe the
 * page's profile: LinkedIn leaves the head alone on in-page navigation, so it may still be the last person's.
 */
function metaName(doc: Document, pageUrl: string | undefined): string | undefined {
  const tag = (key: string) => doc.querySelector(meta(key))?.getAttribute('content');
  if (!pageUrl || profileUrlOf(tag('og:url')) !== pageUrl) return undefined;
  return (
    clean(`${tag('profile:first_name') ?? ''} ${tag('profile:last_name') ?? ''}`) ||
    clean(tag('og:title')?.split(/ [|–-] /)[0]) ||
    undefined
  );
}

/**
 * `url` is the address the page was read at. When it is not a profile URL (a saved file, the 2016
 * /profile/view?id= address), the page's canonical link, og:url, JSON-LD or own links name the profile.
 * A details page (/in/<slug>/details/experience/) yields that one section in full; the report marks the
 * others absent, so the caller can merge it into the contact.
 */
export function extractProfile(
  doc: Document,
  url: string,
): { profile: ProfileSnapshot; report: CaptureReport } {
  learnHiddenText(doc);
  let pageUrl = canonicalProfileUrl(url) ?? declaredProfileUrl(doc);
  const person = jsonLdPeople(doc).find((p) => {
    const urls = personUrls(p).map(profileUrlOf);
    return pageUrl ? urls.includes(pageUrl) : urls.some(Boolean);
  });
  pageUrl ??= person && personUrls(person).map(profileUrlOf).find(Boolean);
  const ld = person ? personFields(person) : {};
  const top = readTopCard(doc);
  const details = detailsOf(doc, url);

  const sections: CaptureReport['sections'] = {};
  const lists: Partial<Record<ListSection, SectionItem[]>> = {};
  let shown = false;
  for (const section of SECTIONS) {
    if (details && section !== details) {
      sections[section] = { status: 'absent' };
      continue;
    }
    const root = details ? (doc.querySelector(MAIN) ?? doc.body) : sectionRoot(doc, section);
    const [items, report] = readSection(doc, section, root, ld.name ?? top.name);
    lists[section] = items;
    sections[section] = report;
    shown ||= items.length > 0;
  }

  let name = ld.name ?? metaName(doc, pageUrl) ?? (details ? undefined : top.name);
  let legacy: ReturnType<typeof readLegacyBlocks>;
  if (!name && !shown && !details) {
    legacy = readLegacyBlocks(dataBlocks(doc), pageUrl && profileSlug(pageUrl));
    name = legacy?.name;
    pageUrl ??= legacy?.url && canonicalProfileUrl(legacy.url);
  }
  // A details page opened inside LinkedIn may keep a bare "LinkedIn" title: its top card still names the owner.
  if (!name && (shown || details)) name = titleName(doc) ?? (details ? top.name : undefined);
  if (!pageUrl && name && details) {
    const id = identifierFor(dataBlocks(doc), name);
    pageUrl = id ? profileUrlOf(`/in/${id}/`) : undefined;
  }

  const profile: ProfileSnapshot = emptyProfile(pageUrl ?? '', name ?? '');
  for (const field of ['headline', 'location', 'about'] as const) {
    const value = details ? undefined : (ld[field] ?? top[field] ?? legacy?.[field]);
    if (value) profile[field] = value;
  }
  for (const section of SECTIONS) {
    const fromPage = lists[section] ?? [];
    const fallback = legacy?.[section]?.length ? legacy[section] : details ? [] : (ld[section] ?? []);
    const chosen: SectionItem[] = fromPage.length ? fromPage : fallback;
    const unique = section === 'skills' || section === 'languages' ? [...new Set(chosen)] : chosen;
    Object.assign(profile, { [section]: unique });
    if (!fromPage.length && chosen.length) sections[section] = { status: 'read', count: chosen.length };
  }
  // Without a headline element, the first line under the name is the location (li-2024-public-3).
  if (profile.headline === profile.location) delete profile.headline;
  for (const field of ['name', 'headline', 'location', 'about'] as const) {
    const status: SectionStatus = profile[field] ? 'read' : 'absent';
    sections[field] = { status };
  }

  const layout = details
    ? `details-${details}`
    : legacy
      ? 'logged-in-2016'
      : person
        ? 'public-jsonld'
        : (LAYOUTS.find(([, marker]) => doc.querySelector(marker))?.[0] ?? 'unknown');
  const page = pageKind(doc, profile);
  // LinkedIn's own pages ("Profile Not Found", the sign-in wall) have a heading but no person on them.
  if (page === 'unavailable' || page === 'not-found' || page === 'sign-in') {
    const none = Object.fromEntries(PROFILE_SECTIONS.map((s) => [s, { status: 'absent' as const }]));
    return { profile: emptyProfile(profile.url, ''), report: { layout, page, sections: none } };
  }
  return { profile, report: { layout, page, sections } };
}
