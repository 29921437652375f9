import { describe, expect, it, vi } from 'vitest';
import { freshDb, fullReport, profile } from '../../tests/support/test-db';
import { listInteractions } from '../db/interactions';
import { mergeSource } from '../db/save-any-page';
import { saveCapture } from '../db/save-capture';
import { loadSettings } from '../db/settings';
import { handleMenuClick, type MenuDeps, nameFromSlug } from './menus';

const URL_ADA = 'https://www.linkedin.com/in/ada-okoro/';

function setup() {
  const db = freshDb();
  const deps: MenuDeps = {
    db,
    now: () => 1_000_000,
    readTab: vi.fn(async () => ({
      profile: profile('ada-okoro', 'Ada Okoro'),
      report: fullReport,
      pageUrl: URL_ADA,
    })),
    readAnyPage: vi.fn(async () => ({
      profile: { ...profile('amara-nwosu', 'Amara Nwosu'), url: 'https://devdays.example/speakers/amara' },
      report: fullReport,
      pageUrl: 'https://devdays.example/speakers/amara#bio',
    })),
    openDraft: vi.fn(async () => undefined),
    confirm: vi.fn(async () => undefined),
  };
  return { db, deps };
}

describe('context menu items', () => {
  it('"Save profile" saves the person on the page', async () => {
    const { db, deps } = setup();
    await handleMenuClick({ menuItemId: 'save-profile' }, 4, deps);
    expect((await db.contacts.get(URL_ADA))?.name).toBe('Ada Okoro');
    expect(deps.confirm).toHaveBeenCalledWith('Saved', 'Ada Okoro');
  });

  it('"Draft outreach email" saves the person and opens their draft', async () => {
    const { db, deps } = setup();
    await handleMenuClick({ menuItemId: 'draft-outreach' }, 4, deps);
    expect(await db.contacts.count()).toBe(1);
    expect(deps.openDraft).toHaveBeenCalledWith(URL_ADA);
  });

  it.each([
    ['log-meeting', 'meeting-held', 'met'],
    ['thank-you-sent', 'thank-you-sent', 'asked'],
  ])('"%s" logs %s now', async (item, kind, stage) => {
    const { db, deps } = setup();
    await handleMenuClick({ menuItemId: item }, 4, deps);
    expect((await listInteractions(db, URL_ADA)).map((i) => [i.kind, i.at])).toEqual([[kind, 1_000_000]]);
    expect((await db.contacts.get(URL_ADA))?.stage).toBe(stage);
  });

  it('"Log a meeting" makes a thank-you due', async () => {
    const { db, deps } = setup();
    await handleMenuClick({ menuItemId: 'log-meeting' }, 4, deps);
    expect((await db.contacts.get(URL_ADA))?.followUps.map((f) => f.kind)).toEqual(['thank-you']);
  });

  it('"Add to my list" adds the linked person without visiting them', async () => {
    const { db, deps } = setup();
    await handleMenuClick(
      { menuItemId: 'add-link', linkUrl: 'https://de.linkedin.com/in/jan-de-vries-8a1b2c3/?trk=x' },
      4,
      deps,
    );
    const contact = await db.contacts.get('https://www.linkedin.com/in/jan-de-vries-8a1b2c3/');
    expect(contact?.name).toBe('Jan De Vries');
    expect(deps.readTab).not.toHaveBeenCalled();
  });

  it('"Save person from this page" files a person from another site under that page', async () => {
    const { db, deps } = setup();
    await handleMenuClick({ menuItemId: 'save-person' }, 9, deps);
    expect((await db.contacts.get('https://devdays.example/speakers/amara'))?.name).toBe('Amara Nwosu');
    expect(deps.confirm).toHaveBeenCalledWith('Saved', 'Amara Nwosu');
  });

  it('"Save person from this page" never overwrites a LinkedIn capture the page names; merging only adds', async () => {
    const { db, deps } = setup();
    const AMARA = 'https://www.linkedin.com/in/amara-nwosu/';
    const SPEAKER = 'https://devdays.example/speakers/amara';
    const linkedIn = profile('amara-nwosu', 'Amara Nwosu', {
      headline: 'Staff engineer at Fernway',
      experience: [{ title: 'Staff engineer', company: 'Fernway' }],
      skills: ['Rust'],
    });
    await saveCapture(db, { profile: linkedIn, report: fullReport, pageUrl: AMARA, now: 500 });
    // The page's JSON-LD sameAs names Amara's LinkedIn profile, with other things to say about her.
    vi.mocked(deps.readAnyPage).mockResolvedValue({
      profile: {
        ...profile('amara-nwosu', 'Someone Else Entirely', {
          headline: 'Keynote speaker',
          about: 'Talks about compilers',
          experience: [{ title: 'CEO', company: 'Evil Corp' }],
          skills: ['Compilers'],
        }),
      },
      report: { layout: 'any-page', sections: {} },
      pageUrl: `${SPEAKER}#bio`,
    });
    await handleMenuClick({ menuItemId: 'save-person' }, 9, deps);

    const kept = await db.contacts.get(AMARA);
    expect(kept?.name).toBe('Amara Nwosu');
    expect(kept?.profile).toEqual({ ...linkedIn, url: AMARA });
    const source = await db.contacts.get(SPEAKER);
    expect(source).toMatchObject({ name: 'Someone Else Entirely', sameAs: AMARA, profile: { url: SPEAKER } });
    expect(deps.confirm).toHaveBeenCalledWith('Saved separately', expect.stringContaining('unchanged'));

    await mergeSource(db, SPEAKER, (await loadSettings(db)).followUps, 2_000);
    const merged = await db.contacts.get(AMARA);
    expect(merged?.name).toBe('Amara Nwosu');
    expect(merged?.profile).toMatchObject({
      headline: 'Staff engineer at Fernway',
      about: 'Talks about compilers',
      experience: [{ title: 'Staff engineer', company: 'Fernway' }],
      skills: ['Rust', 'Compilers'],
    });
    expect(await db.contacts.get(SPEAKER)).toBeUndefined();
  });

  it('ignores a link that is not a profile', async () => {
    const { db, deps } = setup();
    await handleMenuClick(
      { menuItemId: 'add-link', linkUrl: 'https://www.linkedin.com/company/contoso/' },
      4,
      deps,
    );
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('nameFromSlug', () => {
  it.each([
    ['https://www.linkedin.com/in/maya-okafor-4b1a2c/', 'Maya Okafor'],
    ['https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/', 'Jürgen Müller'],
    ['https://www.linkedin.com/in/x123/', 'x123'],
  ])('%s → %s', (url, name) => expect(nameFromSlug(url)).toBe(name));
});
