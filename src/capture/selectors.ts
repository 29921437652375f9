/**
 * Every DOM selector the extractor uses, in one place, so a LinkedIn markup change is a one-file fix.
 * Each entry names the pages it must match: `li-*` are the real saved pages in ../shared/fixtures/linkedin,
 * the rest are Rapport's own invented pages in tests/fixtures/linkedin. Class names are only ever one
 * alternative among ids, data attributes, link targets and structure, never the only way in.
 */
import type { ListSection } from '../shared/profile';

export type { ListSection };

/**
 * Text a reader never sees: screen-reader copies of doubled text, controls, hidden dialogs.
 * - `.visually-hidden`: li-2018-*, li-2022-*, li-2024-loggedin-*, li-2025-loggedin, loggedin-2022-priya-raman
 * - `.sr-only`: li-2024-public-*, public-2024-ines-duarte; `.a11y-text`: li-2022-loggedin
 * - `button`, `label`, `[role=button]`: top-card shortcuts in li-2018-*, li-2024-loggedin-*, li-2026-loggedin;
 *   the "See 11+" pill in li-2016-public
 * - `[role=dialog]`: sign-in modals inside the top card of li-2024-public-*
 * - in-page links (`a[href^="#"]`): "See more" toggles (li-2018-*) and the top-card shortcuts to the
 *   experience and education sections (li-2018-fullbody, li-2022-loggedin)
 */
export const HIDDEN_TEXT =
  'script,style,svg,button,code,noscript,label,select,dialog,[role=dialog],[role=button],[hidden],.visually-hidden,.sr-only,.a11y-text,a[href^="#"]';

/**
 * The 2026 server-driven layout names its cards and sections after what they hold: a card id ending in the
 * section's name, a section key and a heading key (li-2026-loggedin, loggedin-2026-sdui-lena-vogt).
 */
const sdui = (name: string): string =>
  `,[componentkey*=${name}TopLevelSection],[componentkey=ProfileNullStateCardAnchor_${name}],[id^="com.linkedin.sdui.profile.card"][id$=${name}]`;

/** The card an empty section anchor or a section heading sits in: every layout since 2016. */
export const CARD = 'section';

/**
 * Where a section's items start. An empty anchor or a heading marks the card around it. The saved page
 * each alternative matches is data in tests/unit/selector-fixtures.ts, which a test checks.
 */
export const SECTION_ROOTS: Record<ListSection | 'about', string> = {
  experience: `#experience,#experience-section,#profile-experience,section[data-section=experience]${sdui('Experience')}`,
  education: `#education,#education-section,#profile-education,section[data-section=educationsDetails],section[data-section=education]${sdui('Education')}`,
  skills: `#skills,#profile-skills,section[data-section=skills],section[data-section=skillsDetails],.pv-skill-categories-section${sdui('Skills')}`,
  languages: `#languages,#profile-languages,section[data-section=languages],#languages-expandable-content,.pv-accomplishments-block.languages${sdui('Languages')}`,
  volunteering: `#volunteering_experience,#volunteering,#volunteer_experience,#profile-volunteering,section[data-section=volunteering],.volunteering-section${sdui('Volunteering')}`,
  certifications: `#licenses_and_certifications,#certifications,#certifications-section,#profile-certifications,section[data-section=certifications],#certifications-expandable-content,.pv-accomplishments-block.certifications${sdui('Certifications')}`,
  about: `#about,section#summary,#profile-summary,section[data-section=summary],.pv-top-card-section__summary-text,.pv-about-section${sdui('About')}`,
};

/**
 * Sections the page announces but has not rendered yet (scroll-triggered cards): li-2026-loggedin,
 * loggedin-2026-sdui-lena-vogt (education).
 */
export const LAZY_SECTIONS: Partial<Record<ListSection, string>> = {
  experience:
    '[componentkey^=profile_top_card_experience_lazy_anchor],[componentkey^=profileCardsExperienceOnly]',
  education: '[componentkey^=profile_top_card_education_lazy_anchor]',
};

/**
 * One item of a section: list items (every layout since 2016), hResume events (li-2013-public) and
 * server-driven items (loggedin-2026-sdui-lena-vogt), and `div[role=listitem]` where a layout
 * builds lists without list markup. Only the outermost ones count as items; inner ones are
 * descriptions, skills, media or the roles of a grouped employer.
 */
export const ENTRY = 'li,[role=listitem],.vevent,[componentkey^=entity-collection-item]';

/** A list, in markup or by role. */
export const LIST = 'ul,ol,[role=list]';

/** Public pages mark the field of study, so a lone field is not taken for a degree (li-2024-public-1, public-2024-ines-duarte). */
export const FIELD_OF_STUDY = '[data-section=educations]';

/** Lines inside these belong to an item's sub-items, not to its own header. */
export const NESTED = `${LIST},${ENTRY}`;

/**
 * The profile's own sub-pages: only the owner's page links them, so they name the page's profile.
 * li-2018-* (/detail/, /edit/), li-2022-loggedin, li-2024-loggedin-*, li-2025-loggedin (/overlay/, /details/),
 * li-2026-loggedin (/recent-activity/), loggedin-2022-priya-raman.
 */
export const OWN_LINK = /\/in\/([^/?#"]+)\/(?:overlay|details?|edit|recent-activity)\//;

/** Contact-info link: the top-card location sits just before it. li-2018-*, li-2022-loggedin, li-2024-loggedin-*, li-2025-loggedin, li-2026-loggedin. */
export const CONTACT_LINK = 'a[href*="/overlay/contact-info"],a[href*="/detail/contact-info"]';

/**
 * The card around the name: section (li-2016-public and every logged-in layout), hCard (li-2013-public),
 * member card (li-2024-loggedin-*), server-driven top card (li-2026-loggedin, loggedin-2026-sdui-lena-vogt).
 */
export const TOP_CARD = 'section,.vcard,[data-member-id],[id$=Topcard],[componentkey$=Topcard]';

/** The name heading of every layout until 2025; the viewer's heading in the nav bar is ruled out by CHROME. */
export const NAME_HEADING = 'h1';

/** Where the 2026 layout puts the name: an h2 in the top card, no h1 (li-2026-loggedin, loggedin-2026-sdui-lena-vogt). */
export const SDUI_NAME = '[id$=Topcard] h2,[componentkey$=Topcard] h2';

/**
 * Page chrome whose headings are never the owner's: nav bar with the viewer's name, footers, side rails.
 * A `<header>` is chrome only as the page's banner: a card's own header holds its heading
 * (loggedin-2018-tobias-lindqvist, li-2018-*).
 */
export const CHROME = 'nav,footer,aside,[role=dialog],[role=banner]';
export const BANNER = 'header';
/** Where a `<header>` is a card's, not the page's. */
export const CARD_OR_MAIN = 'section,article,main,[role=main],[role=region]';

/** A section's own heading, which 2013 pages write as "<Name>'s Experience" (li-2013-public). */
export const SECTION_HEADING = 'h1,h2,h3';

/** hCard locality (li-2013-public, li-2016-public): its parent holds the whole displayed location. */
export const LOCALITY = '.locality';

/** A details page's one list (li-2022-details, details-experience-priya-raman). */
export const MAIN = 'main';

/** Paged list items of a details page carry the section in their id (li-2022-details, details-experience-priya-raman). */
export const DETAILS_ITEM = '[id*="-VIEW-DETAILS-"]';
export const DETAILS_ID = /-([a-z_]+)-view-details-/;

/** Server-rendered data blocks: <code> (li-2016-loggedin-de, li-2018-fullbody, li-2022-*, li-2024-loggedin-*, li-2025-loggedin). */
export const DATA_BLOCK = 'code';

export const JSON_LD = 'script[type="application/ld+json"]';

/** The profile a page declares in its head: li-2016-public, li-2024-public-*, public-2024-ines-duarte, demo-profile. */
export const CANONICAL = 'link[rel=canonical]';

/** A head meta tag by name, as property= (Open Graph) or name= (li-2016-public writes og: tags that way). */
export const meta = (key: string): string => `meta[property="${key}"],meta[name="${key}"]`;

/** Links to member profiles, among which the owner's own sub-page links are looked for. */
export const PROFILE_LINK = 'a[href*="/in/"]';

/** Layout markers, most specific first; the first that matches names the layout in the capture report. */
export const LAYOUTS: readonly [string, string][] = [
  // li-2026-loggedin, loggedin-2026-sdui-lena-vogt
  ['logged-in-2026', '[id$=Topcard],[componentkey$=Topcard]'],
  // li-2024-loggedin-*, li-2025-loggedin, loggedin-2025-hashed-kofi-mensah, loggedin-de-2024-jonas-becker, demo-profile
  ['logged-in-2024', '[data-view-name=profile-component-entity]'],
  // li-2022-loggedin, li-2022-details (when its URL is not known), loggedin-2022-priya-raman
  ['logged-in-2022', '.pvs-list'],
  // li-2018-*, loggedin-2018-tobias-lindqvist, loggedin-2020-es-mateo-silva
  ['logged-in-2018', '#experience-section'],
  // li-2024-public-* when their JSON-LD is missing
  ['public-2024', 'section[data-section]'],
  // li-2016-public
  ['public-2016', 'section#topcard'],
  // li-2013-public
  ['public-2013', '.hresume'],
];

/**
 * Person markup on any website (extractPersonFromAnyPage): microformats2 h-card, with the classic hCard
 * class names as the alternative. Matched by any-page-*.html in tests/fixtures/linkedin.
 */
export const H_CARD = {
  card: '.h-card,.vcard',
  name: '.p-name,.fn',
  headline: '.p-job-title,.p-role,.title',
  org: '.p-org,.org',
  locality: '.p-locality,.locality',
  region: '.p-region,.region',
  country: '.p-country-name,.country-name',
  address: '.p-adr,.p-label,.adr',
  note: '.p-note,.note',
  url: 'a.u-url,a.u-uid,a.url',
  photo: 'img[alt]',
  /** rel=me links anywhere on the page name the person's other profiles (any-page-hcard-blog). */
  me: '[rel~=me]',
} as const;
