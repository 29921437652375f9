import { describe, expect, it, vi } from 'vitest';
import {
  TEST_EXTENSION_ID as EXT,
  popupPage as popup,
  routerOverFreshDb,
} from '../../tests/support/router-over-fresh-db';
import { fullReport, profile } from '../../tests/support/test-db';
import type { SenderInfo } from './router';

const profileTab: SenderInfo = {
  id: EXT,
  url: 'https://www.linkedin.com/in/ada-okoro/',
  tabId: 7,
  tabUrl: 'https://www.linkedin.com/in/ada-okoro/',
};
const capture = {
  type: 'capture:saveProfile',
  data: {
    profile: profile('ada-okoro', 'Ada Okoro'),
    report: fullReport,
    pageUrl: 'https://www.linkedin.com/in/ada-okoro/',
  },
};

function setup() {
  let clock = 1_000;
  const onDataChanged = vi.fn();
  const { db, route } = routerOverFreshDb({ now: () => clock, onDataChanged });
  const later = (ms: number) => {
    clock += ms;
  };
  return { db, route, onDataChanged, later };
}

describe('router', () => {
  it('saves a well-formed capture from a profile tab', async () => {
    const { db, route, onDataChanged } = setup();
    const reply = await route(capture, profileTab);
    expect(reply).toEqual({
      ok: true,
      result: { url: 'https://www.linkedin.com/in/ada-okoro/', created: true, changes: [] },
    });
    expect(await db.contacts.count()).toBe(1);
    expect(onDataChanged).toHaveBeenCalledOnce();
  });

  it.each([
    ['an unknown message', { type: 'capture:deleteEverything', data: {} }, profileTab],
    ['a message without a type', { data: {} }, profileTab],
    ['not an object', 'capture:saveProfile', profileTab],
    [
      'a profile without a name',
      { ...capture, data: { ...capture.data, profile: { url: capture.data.profile.url } } },
      profileTab,
    ],
    [
      'a profile URL that is not http',
      {
        ...capture,
        data: { ...capture.data, profile: { ...capture.data.profile, url: 'javascript:alert(1)' } },
      },
      profileTab,
    ],
    [
      'a date in the wrong shape',
      {
        ...capture,
        data: {
          ...capture.data,
          profile: { ...capture.data.profile, experience: [{ title: 'x', company: 'y', start: 'May 2020' }] },
        },
      },
      profileTab,
    ],
    [
      'an oversized field',
      {
        ...capture,
        data: { ...capture.data, profile: { ...capture.data.profile, about: 'x'.repeat(20_000) } },
      },
      profileTab,
    ],
    ['a capture from a Rapport page', capture, popup],
    ['a capture from another site', capture, { id: EXT, url: 'https://evil.example/in/ada/', tabId: 3 }],
    ['a capture from another extension', capture, { ...profileTab, id: 'otherextensionid' }],
    ['a ui message from a web page', { type: 'ui:exportData', data: {} }, profileTab],
    ['a ui message with extra data', { type: 'ui:exportData', data: { everything: true } }, popup],
  ])('rejects %s and writes nothing', async (_, message, sender) => {
    const { db, route, onDataChanged } = setup();
    const reply = await route(message, sender);
    expect(reply.ok).toBe(false);
    expect(await db.contacts.count()).toBe(0);
    expect(onDataChanged).not.toHaveBeenCalled();
  });

  it('answers ui messages from Rapport pages', async () => {
    const { route } = setup();
    await route(capture, profileTab);
    const reply = await route({ type: 'ui:listContacts', data: { limit: 5 } }, popup);
    expect(reply).toMatchObject({ ok: true, result: [{ name: 'Ada Okoro', stage: 'to-contact' }] });
  });

  it('tells the reminders once after each message that changes what is due, and never after a read', async () => {
    const { route, onDataChanged } = setup();
    await route(capture, profileTab);
    const contactUrl = capture.data.pageUrl;
    await route({ type: 'ui:listContacts', data: { limit: 5 } }, popup);
    await route({ type: 'ui:listDue', data: {} }, popup);
    await route({ type: 'ui:getSettings', data: {} }, popup);
    expect(onDataChanged).toHaveBeenCalledOnce();
    const logged = await route(
      { type: 'ui:logInteraction', data: { contactUrl, kind: 'meeting-held', at: 500 } },
      popup,
    );
    expect(logged.ok).toBe(true);
    expect(onDataChanged).toHaveBeenCalledTimes(2);
    await route({ type: 'ui:deleteContact', data: { url: 'https://www.linkedin.com/in/nobody/' } }, popup);
    expect(onDataChanged).toHaveBeenCalledTimes(3);
  });

  it('turns a handler failure into an error reply, writing nothing', async () => {
    const { db, route } = setup();
    const reply = await route(
      { ...capture, data: { ...capture.data, profile: profile('someone-else', 'Someone Else') } },
      profileTab,
    );
    expect(await db.contacts.count()).toBe(0);
    expect(reply).toEqual({ ok: false, error: 'The captured person does not match the page it came from' });
  });

  it('files a capture under the address the sending tab shows, never the one the message claims', async () => {
    const { db, route } = setup();
    // The tab shows Ada; the message claims it came from Ben's page and carries Ben.
    const ben = 'https://www.linkedin.com/in/ben-adeyemi/';
    const claimed = {
      ...capture,
      data: { ...capture.data, profile: profile('ben-adeyemi', 'Ben'), pageUrl: ben },
    };
    const reply = await route(claimed, profileTab);
    expect(reply).toEqual({ ok: false, error: 'The captured person does not match the page it came from' });
    expect(await db.contacts.count()).toBe(0);
    // A details page read is merged as the tab's page, whatever address the message names.
    expect(await route({ ...capture, data: { ...capture.data, pageUrl: ben } }, profileTab)).toMatchObject({
      ok: true,
      result: { url: 'https://www.linkedin.com/in/ada-okoro/' },
    });
    expect(await route(capture, { ...profileTab, tabUrl: undefined } as SenderInfo)).toMatchObject({
      ok: false,
    });
  });

  it('stores a capture sent again after a lost reply once: the same answer, no second write', async () => {
    const { db, route, later } = setup();
    const first = await route(capture, profileTab);
    const stored = await db.contacts.get('https://www.linkedin.com/in/ada-okoro/');
    later(2_000);
    // The worker stopped before its reply reached the page, which sends the same capture again.
    const retry = await route(capture, profileTab);
    expect(retry).toEqual(first);
    expect(await db.snapshots.count()).toBe(1);
    expect(await db.contacts.get('https://www.linkedin.com/in/ada-okoro/')).toEqual(stored);
    // A visit much later is a new capture, and says when it was read.
    later(60 * 60 * 1000);
    await route(capture, profileTab);
    expect((await db.contacts.get('https://www.linkedin.com/in/ada-okoro/'))?.capturedAt).toBe(
      1_000 + 2_000 + 3_600_000,
    );
    expect(await db.snapshots.count()).toBe(1);
  });
});
