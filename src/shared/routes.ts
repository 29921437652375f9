/**
 * Rapport's own pages and the options page's addresses, in one place: every link, tab and test that
 * opens a page builds its address here, and the options page reads its hash back here.
 */

/** Page paths inside the extension, as the manifest names them (runtime.getURL takes these). */
export const POPUP_PAGE = 'src/popup/index.html';
export const OPTIONS_PAGE = 'src/options/index.html';

/** The options page's sections, in menu order; `#<id>` opens one. */
export const OPTIONS_SECTIONS = [
  'contacts',
  'board',
  'upcoming',
  'journal',
  'meeting',
  'me',
  'questions',
  'templates',
  'reminders',
  'sync',
  'data',
] as const;
export type SectionId = (typeof OPTIONS_SECTIONS)[number];

/** What the options page shows: a section, one person's page, or My profile filled from a tab. */
export type OptionsRoute =
  | { section: 'contacts'; contactUrl?: string }
  | { section: 'me'; importTab?: number }
  | { section: Exclude<SectionId, 'contacts' | 'me'> };

const CONTACT = '#contact=';
const ME_FROM_TAB = '#me-from-tab=';

/** The hash that opens `route`: #journal, #contact=<encoded url>, #me-from-tab=<tab id> … */
export function optionsHash(route: OptionsRoute): string {
  if (route.section === 'contacts' && route.contactUrl)
    return `${CONTACT}${encodeURIComponent(route.contactUrl)}`;
  if (route.section === 'me' && route.importTab !== undefined) return `${ME_FROM_TAB}${route.importTab}`;
  return `#${route.section}`;
}

const isSection = (id: string): id is SectionId => (OPTIONS_SECTIONS as readonly string[]).includes(id);

/** What a hash opens; anything unknown or broken opens the contacts list. */
export function parseOptionsHash(hash: string): OptionsRoute {
  if (hash.startsWith(CONTACT)) {
    try {
      const contactUrl = decodeURIComponent(hash.slice(CONTACT.length));
      return contactUrl ? { section: 'contacts', contactUrl } : { section: 'contacts' };
    } catch {
      return { section: 'contacts' };
    }
  }
  if (hash.startsWith(ME_FROM_TAB)) {
    const id = hash.slice(ME_FROM_TAB.length);
    return /^\d{1,10}$/.test(id) ? { section: 'me', importTab: Number(id) } : { section: 'me' };
  }
  const id = hash.slice(1);
  return hash.startsWith('#') && isSection(id) ? ({ section: id } as OptionsRoute) : { section: 'contacts' };
}

/** Where the options page opens a contact (notifications, links, the popup's "Open in Rapport"). */
export function contactPageHash(contactUrl: string): string {
  return optionsHash({ section: 'contacts', contactUrl });
}

/** A link to the options page from another of Rapport's pages (the popup). */
export function optionsPageLink(route: OptionsRoute): string {
  return `/${OPTIONS_PAGE}${optionsHash(route)}`;
}
