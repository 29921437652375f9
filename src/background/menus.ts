import { addContact } from '../db/contacts';
import type { RapportDb } from '../db/database';
import { logInteraction } from '../db/interactions';
import { saveFromAnyPage } from '../db/save-any-page';
import { saveCapture } from '../db/save-capture';
import { loadSettings } from '../db/settings';
import type { InteractionKind } from '../shared/interaction';
import { canonicalProfileUrl } from '../shared/profile-url';
import type { MessageData } from '../shared/protocol';

const PROFILE_PAGES = ['https://www.linkedin.com/in/*'];
const PROFILE_LINKS = ['https://*.linkedin.com/in/*', 'https://linkedin.com/in/*'];
const ANY_PAGE = ['http://*/*', 'https://*/*'];

export const MENU_ITEMS = [
  { id: 'save-profile', title: 'Save profile', contexts: ['page'], documentUrlPatterns: PROFILE_PAGES },
  {
    id: 'draft-outreach',
    title: 'Draft outreach email',
    contexts: ['page'],
    documentUrlPatterns: PROFILE_PAGES,
  },
  {
    id: 'log-meeting',
    title: 'Log a meeting held today',
    contexts: ['page'],
    documentUrlPatterns: PROFILE_PAGES,
  },
  {
    id: 'thank-you-sent',
    title: 'Mark thank-you sent',
    contexts: ['page'],
    documentUrlPatterns: PROFILE_PAGES,
  },
  { id: 'add-link', title: 'Add to my list', contexts: ['link'], targetUrlPatterns: PROFILE_LINKS },
  {
    id: 'save-person',
    title: 'Save person from this page',
    contexts: ['page'],
    documentUrlPatterns: ANY_PAGE,
  },
] as const;

export type MenuItemId = (typeof MENU_ITEMS)[number]['id'];

export interface MenuClick {
  menuItemId: string | number;
  linkUrl?: string;
  pageUrl?: string;
}

export interface MenuDeps {
  db: RapportDb;
  now: () => number;
  readTab: (tabId: number) => Promise<MessageData<'capture:saveProfile'>>;
  /** Reads the person any page describes (JSON-LD, h-card, Open Graph), with the click's activeTab grant. */
  readAnyPage: (tabId: number) => Promise<MessageData<'capture:saveProfile'>>;
  /** Shows the person with their email draft: the popup where the browser allows it, else the options page. */
  openDraft: (contactUrl: string) => Promise<void>;
  /** A short confirmation, since a menu click shows nothing by itself. */
  confirm: (title: string, message: string) => Promise<void>;
}

/** "maya-okafor-4b1a2c" → "Maya Okafor": a name to show until the person's profile is captured. */
export function nameFromSlug(url: string): string {
  const slug = decodeURIComponent(new URL(url).pathname.split('/')[2] ?? '');
  const words = slug.split('-').filter((w) => w && !/\d/.test(w));
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ') || slug;
}

const LOGGED: Partial<Record<MenuItemId, { kind: InteractionKind; done: string }>> = {
  'log-meeting': { kind: 'meeting-held', done: 'Meeting logged. Send a thank-you within 24 hours.' },
  'thank-you-sent': { kind: 'thank-you-sent', done: 'Thank-you marked as sent.' },
};

/** What each context-menu item does. Every one saves the person first, so it works on a first visit. */
export async function handleMenuClick(
  click: MenuClick,
  tabId: number | undefined,
  deps: MenuDeps,
): Promise<void> {
  const { db, now } = deps;
  const id = String(click.menuItemId) as MenuItemId;
  if (id === 'add-link') {
    const url = click.linkUrl && canonicalProfileUrl(click.linkUrl);
    if (!url) return;
    const result = await addContact(db, { url, name: nameFromSlug(url) }, now());
    await deps.confirm(result.created ? 'Added to your list' : 'Already on your list', nameFromSlug(url));
    return;
  }
  if (tabId === undefined) return;
  if (id === 'save-person') {
    const person = await deps.readAnyPage(tabId);
    const saved = await saveFromAnyPage(db, { ...person, now: now() });
    const name = person.profile.name;
    if (saved.sameAs) {
      await deps.confirm(
        'Saved separately',
        `${name} from this page. Your LinkedIn capture is unchanged; open the person to merge or keep both.`,
      );
    } else await deps.confirm(saved.created ? 'Saved' : 'Updated', name);
    return;
  }
  const captured = await deps.readTab(tabId);
  const saved = await saveCapture(db, { ...captured, now: now() });
  const name = captured.profile.name;
  if (id === 'save-profile') {
    await deps.confirm(saved.created ? 'Saved' : 'Updated', name);
  } else if (id === 'draft-outreach') {
    await deps.openDraft(saved.url);
  } else {
    const logged = LOGGED[id];
    if (!logged) return;
    const settings = await loadSettings(db);
    await logInteraction(
      db,
      { contactUrl: saved.url, kind: logged.kind, at: now() },
      settings.followUps,
      now(),
    );
    await deps.confirm(name, logged.done);
  }
}
