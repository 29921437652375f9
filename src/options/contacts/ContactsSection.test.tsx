// @vitest-environment happy-dom

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeHandlers, fakeBackground } from '../../../tests/support/fake-background';
import { sam, TEMPLATES } from '../../../tests/support/prepare-ui-fixtures';
import {
  button,
  buttons,
  click,
  field,
  mount,
  settle,
  submit,
  text,
  type,
  unmountAll,
} from '../../../tests/support/test-dom';
import type { Contact } from '../../shared/contact';
import type { Interaction } from '../../shared/interaction';
import { emptyProfile } from '../../shared/profile';
import type { ContactSummary } from '../../shared/protocol';
import { contactPageHash } from '../../shared/routes';
import { send } from '../../ui/messages';
import { ContactsSection } from './ContactsSection';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

const DAY = 24 * 3600_000;
const MAYA = 'https://www.linkedin.com/in/maya/';
const PRIYA = 'https://www.linkedin.com/in/priya-shah/';

let summaries: ContactSummary[];
let maya: Contact;
let interactions: Interaction[];
let handlers: FakeHandlers;

beforeEach(() => {
  const now = Date.now();
  summaries = Array.from({ length: 50 }, (_, n) => ({
    url: `https://www.linkedin.com/in/person-${n}/`,
    name: `Person ${n}`,
    headline: n === 0 ? 'Research lead at Northwind' : undefined,
    stage: 'asked' as const,
    capturedAt: now,
    updatedAt: now - n,
    ...(n === 0 ? { nextDueAt: now - DAY } : {}),
  }));
  maya = {
    url: MAYA,
    name: 'Maya Okafor',
    profile: {
      ...emptyProfile(MAYA, 'Maya Okafor'),
      headline: 'UX research lead',
      location: 'Leeds',
      experience: [{ title: 'Research lead', company: 'Northwind Health' }],
    },
    firstSavedAt: now - 30 * DAY,
    capturedAt: now - DAY,
    updatedAt: now,
    stage: 'met',
    followUps: [
      {
        id: 'thank-you:maya:h1',
        contactUrl: MAYA,
        kind: 'thank-you',
        dueAt: now - 30 * 3600_000,
        overdueAt: now - 6 * 3600_000,
        title: 'Send a thank-you note',
        status: 'open',
      },
      {
        id: 'action-item:maya:k',
        contactUrl: MAYA,
        kind: 'action-item',
        dueAt: now + 2 * DAY,
        title: 'Send my portfolio',
        status: 'open',
      },
    ],
    tags: ['UX'],
    jobChanges: [
      {
        at: now - 10 * DAY,
        from: { title: 'Researcher', company: 'Acme' },
        to: { title: 'Research lead', company: 'Northwind Health' },
      },
    ],
  };
  interactions = [
    {
      id: 'r1',
      contactUrl: MAYA,
      kind: 'referral-made',
      at: now - DAY,
      referral: { name: 'Priya Shah', url: PRIYA },
    },
    {
      id: 'h1',
      contactUrl: MAYA,
      kind: 'meeting-held',
      at: now - 2 * DAY,
      scheduledId: 's1',
      note: 'Build a portfolio',
    },
    {
      id: 's1',
      contactUrl: MAYA,
      kind: 'meeting-scheduled',
      at: now - 9 * DAY,
      meeting: { startsAt: now - 2 * DAY, minutes: 45 },
    },
  ];
  handlers = {
    'ui:listContacts': (d) => summaries.slice(d.offset ?? 0, (d.offset ?? 0) + d.limit),
    'ui:getContact': (d: { url: string }) => (d.url === MAYA ? { contact: maya, snapshotCount: 2 } : null),
    'ui:listOtherSources': () => [],
    'ui:listInteractions': () => interactions,
    'ui:updateInteraction': (d: { interaction: Interaction }) => d.interaction,
    'ui:deleteInteraction': () => ({ deleted: true }),
    'ui:updateContact': (d: { patch: object }) => ({ ...maya, ...d.patch }),
    'ui:deleteContact': () => ({ deleted: true }),
    'ui:actOnFollowUp': () => ({ contactUrl: MAYA }),
    'ui:saveActionItem': (d) => ({
      ...d,
      id: d.id ?? 'action-item:new',
      kind: 'action-item',
      status: 'open',
      updatedAt: 0,
    }),
    'ui:getSettings': () => sam(),
    'ui:listTemplates': () => TEMPLATES,
  };
  sendMock.mockReset();
  fakeBackground(sendMock, () => handlers);
  location.hash = '';
});

afterEach(unmountAll);

const calls = (type: string) => sendMock.mock.calls.filter(([t]) => t === type).map(([, d]) => d);

async function openMaya() {
  location.hash = contactPageHash(MAYA);
  return mount(<ContactsSection />);
}

describe('ContactsSection: the list', () => {
  it('lists contacts linked to their pages, with stage and what is due', async () => {
    const root = await mount(<ContactsSection />);
    expect(calls('ui:listContacts')).toEqual([{ limit: 50, offset: 0 }]);
    const first = root.querySelector('.contact-rows li') as HTMLElement;
    expect(first.querySelector('a')?.getAttribute('href')).toBe(contactPageHash(summaries[0]?.url ?? ''));
    expect(text(first)).toContain('Research lead at Northwind');
    expect(text(first)).toContain('Asked');
    expect(text(first)).toContain('Follow-up due yesterday');
  });

  it('searches after typing pauses, filters by stage, and loads more', async () => {
    const root = await mount(<ContactsSection />);
    await type(field(root, 'Search'), 'northwind');
    await new Promise((r) => setTimeout(r, 300));
    await settle();
    expect(calls('ui:listContacts').at(-1)).toEqual({ limit: 50, offset: 0, query: 'northwind' });
    await type(field<HTMLSelectElement>(root, 'Stage'), 'met');
    await settle();
    expect(calls('ui:listContacts').at(-1)).toEqual({
      limit: 50,
      offset: 0,
      query: 'northwind',
      stage: 'met',
    });
    await click(button(root, 'Load more'));
    expect(calls('ui:listContacts').at(-1)).toEqual({
      limit: 50,
      offset: 50,
      query: 'northwind',
      stage: 'met',
    });
    expect(buttons(root, 'Load more')).toHaveLength(0);
  });

  it('keeps a stage chosen while the search is still waiting for typing to pause', async () => {
    const root = await mount(<ContactsSection />);
    await type(field(root, 'Search'), 'northwind');
    await type(field<HTMLSelectElement>(root, 'Stage'), 'met');
    await new Promise((r) => setTimeout(r, 300));
    await settle();
    expect(field<HTMLSelectElement>(root, 'Stage').value).toBe('met');
    expect(calls('ui:listContacts').at(-1)).toEqual({
      limit: 50,
      offset: 0,
      query: 'northwind',
      stage: 'met',
    });
  });

  it('shows which field a search matched', async () => {
    summaries[0] = {
      ...(summaries[0] as ContactSummary),
      match: { field: 'schools', text: 'University of Leeds' },
    };
    const root = await mount(<ContactsSection />);
    expect(text(root.querySelector('.contact-rows li') as HTMLElement)).toContain(
      'Studied at: University of Leeds',
    );
  });

  it('opens a person when the address names them', async () => {
    const root = await mount(<ContactsSection />);
    location.hash = contactPageHash(MAYA);
    dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    expect(root.querySelector('h2')?.textContent).toBe('Maya Okafor');
  });
});

describe('ContactsSection: one person', () => {
  it('shows who they are, with their job change and LinkedIn link', async () => {
    const root = await openMaya();
    expect(text(root)).toContain('UX research lead');
    expect(text(root)).toContain('Now: Research lead at Northwind Health');
    expect(text(root)).toContain('Research lead at Northwind Health (was Researcher at Acme)');
    expect(text(root)).toContain('Met');
    const linkedIn = [...root.querySelectorAll('a')].find((a) => text(a) === 'Open LinkedIn profile');
    expect(linkedIn?.getAttribute('href')).toBe(MAYA);
  });

  it('lists follow-ups and action items apart, with their actions', async () => {
    const root = await openMaya();
    const owed = root.querySelector('[aria-label="Follow-ups for Maya Okafor"]') as HTMLElement;
    expect(text(owed)).toContain('6 hours overdue');
    const items = root.querySelector('[aria-label="Action items for Maya Okafor"]') as HTMLElement;
    await click(button(items, 'Edit'));
    const form = root.querySelector('form[aria-label="Edit action item"]') as HTMLFormElement;
    await type(field(form, 'What will you do?'), 'Send my portfolio and CV');
    await submit(form);
    expect(calls('ui:saveActionItem')).toEqual([
      {
        contactUrl: MAYA,
        title: 'Send my portfolio and CV',
        dueAt: expect.any(Number),
        id: 'action-item:maya:k',
      },
    ]);
  });

  it('edits an entry, keeping the planned meeting a meeting held fulfils', async () => {
    const root = await openMaya();
    const history = root.querySelector('[aria-label="Everything with Maya Okafor"]') as HTMLElement;
    const held = history.querySelectorAll(':scope > li')[1] as HTMLElement;
    await click(button(held, 'Edit'));
    await type(field(held, 'What did you learn? (kept in your journal)'), 'Build a portfolio; ask Priya');
    await submit(held.querySelector('form') as HTMLFormElement);
    const sent = calls('ui:updateInteraction')[0] as { interaction: Interaction };
    expect(sent.interaction).toMatchObject({
      id: 'h1',
      kind: 'meeting-held',
      note: 'Build a portfolio; ask Priya',
      meeting: { startsAt: interactions[2]?.meeting?.startsAt, minutes: 45 },
    });
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved.');
  });

  it('deletes an entry only after confirming', async () => {
    const root = await openMaya();
    const history = root.querySelector('[aria-label="Everything with Maya Okafor"]') as HTMLElement;
    const first = history.querySelector('li') as HTMLElement;
    await click(button(first, 'Delete'));
    expect(calls('ui:deleteInteraction')).toEqual([]);
    await click(button(first, 'Keep it'));
    await click(button(first, 'Delete'));
    await click(buttons(first, 'Delete').find((b) => b.classList.contains('danger')) as HTMLButtonElement);
    expect(calls('ui:deleteInteraction')).toEqual([{ id: 'r1' }]);
  });

  it('links the people they suggested to their own pages', async () => {
    const root = await openMaya();
    const referrals = root.querySelector('ul.referrals') as HTMLElement;
    expect(referrals.querySelector('a')?.getAttribute('href')).toBe(contactPageHash(PRIYA));
  });

  it('saves email, tags, cadence and referrer', async () => {
    const root = await openMaya();
    await type(field(root, 'Email'), 'maya@example.org');
    await type(field(root, 'Tags'), 'UX, mentor');
    await type(field(root, 'Check in every (days)'), '30');
    await type(field(root, 'Referred by'), 'Sam Lee');
    await submit(root.querySelector('form.contact-fields') as HTMLFormElement);
    expect(calls('ui:updateContact')).toEqual([
      {
        url: MAYA,
        patch: {
          email: 'maya@example.org',
          tags: ['UX', 'mentor'],
          checkInDays: 30,
          referredBy: { name: 'Sam Lee' },
        },
      },
    ]);
  });

  it('keeps the details typed when saving them fails', async () => {
    handlers['ui:updateContact'] = () => {
      throw new Error('That person is no longer saved');
    };
    const root = await openMaya();
    await type(field(root, 'Email'), 'maya@example.org');
    await submit(root.querySelector('form.contact-fields') as HTMLFormElement);
    expect(root.querySelector('.contact-fields [role="alert"]')?.textContent).toBe(
      'That person is no longer saved',
    );
    expect(field(root, 'Email').value).toBe('maya@example.org');
  });

  it('deletes the person after confirming, and returns to the list', async () => {
    const root = await openMaya();
    await click(button(root, 'Delete this person…'));
    expect(calls('ui:deleteContact')).toEqual([]);
    await click(button(root, 'Delete Maya Okafor'));
    expect(calls('ui:deleteContact')).toEqual([{ url: MAYA }]);
    expect(location.hash).toBe('#contacts');
    dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Maya Okafor was deleted.');
  });

  it('says so when the person is not in Rapport', async () => {
    location.hash = contactPageHash('https://www.linkedin.com/in/nobody/');
    const root = await mount(<ContactsSection />);
    expect(text(root)).toContain('This person is not in Rapport');
  });
});

describe('ContactsSection: one bad record', () => {
  it('renders the rest of the contact page when a record holds a time no Date can show', async () => {
    interactions.push({ id: 'bad-time', contactUrl: MAYA, kind: 'note', at: 9e15, note: 'From an import' });
    maya.followUps.push({
      id: 'check-in:maya:bad',
      contactUrl: MAYA,
      kind: 'check-in',
      dueAt: 9e15,
      status: 'open',
    });
    maya.jobChanges.push({
      at: 9e15,
      from: { title: 'A', company: 'B' },
      to: { title: 'C', company: 'D' },
    });
    const root = await openMaya();
    await settle();
    // Everything else is still there: the name, the owed thank-you, the history, the form.
    expect(text(root)).toContain('Maya Okafor');
    expect(text(root)).toContain('Send a thank-you note');
    expect(text(root)).toContain('Build a portfolio');
    expect(text(root)).toContain('Priya Shah');
    const alerts = [...root.querySelectorAll('[role="alert"]')].map((a) => text(a as HTMLElement));
    expect(alerts.join(' ')).toContain('bad-time');
    expect(alerts.join(' ')).toContain('check-in:maya:bad');
  });
});

describe('ContactsSection: a person another site says is on LinkedIn', () => {
  it('shows both side by side and merges or keeps them apart only when asked', async () => {
    const SPEAKER = 'https://devdays.example/speakers/maya';
    const source: Contact = {
      ...maya,
      url: SPEAKER,
      name: 'Maya O.',
      sameAs: MAYA,
      followUps: [],
      jobChanges: [],
      profile: { ...maya.profile, url: SPEAKER, name: 'Maya O.', headline: 'Keynote speaker' },
    };
    handlers['ui:getContact'] = (d: { url: string }) =>
      d.url === MAYA
        ? { contact: maya, snapshotCount: 2 }
        : d.url === SPEAKER
          ? { contact: source, snapshotCount: 1 }
          : null;
    handlers['ui:mergeSource'] = () => ({ url: MAYA });
    location.hash = contactPageHash(SPEAKER);
    const root = await mount(<ContactsSection />);
    await settle();
    const table = root.querySelector('.same-as-compare') as HTMLElement;
    expect(text(table)).toContain('Keynote speaker');
    expect(text(table)).toContain(maya.profile.headline ?? '');
    expect(calls('ui:mergeSource')).toEqual([]);
    await click(button(root, `Merge into ${maya.name}`));
    expect(calls('ui:mergeSource')).toEqual([{ url: SPEAKER }]);
    expect(location.hash).toBe(contactPageHash(MAYA));
  });
});

describe('ContactsSection: a LinkedIn contact another site also describes', () => {
  it('points back to the other source, shows both, and merges or keeps them apart when asked', async () => {
    const SPEAKER = 'https://www.devdays.example/speakers/maya';
    let sources: Contact[] = [
      {
        ...maya,
        url: SPEAKER,
        name: 'Maya O.',
        sameAs: MAYA,
        followUps: [],
        jobChanges: [],
        profile: { ...maya.profile, url: SPEAKER, name: 'Maya O.', headline: 'Keynote speaker' },
      },
    ];
    handlers['ui:listOtherSources'] = (d: { url: string }) => (d.url === MAYA ? sources : []);
    handlers['ui:mergeSource'] = () => {
      sources = [];
      return { url: MAYA };
    };
    handlers['ui:unlinkSource'] = () => ({ url: SPEAKER });
    location.hash = contactPageHash(MAYA);
    const root = await mount(<ContactsSection />);
    await settle();
    const panel = root.querySelector('.other-sources') as HTMLElement;
    expect(panel.querySelector('h3')?.textContent).toBe('Also found on devdays.example');
    const link = [...panel.querySelectorAll('a')].find(
      (a) => a.textContent === 'Maya O. from devdays.example',
    );
    expect(link?.getAttribute('href')).toBe(contactPageHash(SPEAKER));
    const table = panel.querySelector('.same-as-compare') as HTMLElement;
    expect(text(table)).toContain('From LinkedIn');
    expect(text(table)).toContain('From devdays.example');
    expect(text(table)).toContain('Keynote speaker');
    expect(text(table)).toContain('UX research lead');
    expect(calls('ui:mergeSource')).toEqual([]);

    await click(button(root, 'Keep separate'));
    expect(calls('ui:unlinkSource')).toEqual([{ url: SPEAKER }]);
    await click(button(root, 'Merge devdays.example into Maya Okafor'));
    await settle();
    expect(calls('ui:mergeSource')).toEqual([{ url: SPEAKER }]);
    expect(root.querySelector('.other-sources')).toBeNull();
    expect(location.hash).toBe(contactPageHash(MAYA));
  });
});
