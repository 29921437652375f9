// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAYA_URL, maya, sam, TEMPLATES, untilLoaded } from '../../../tests/support/prepare-ui-fixtures';
import { click, menuItem, mount, settle, text, unmountAll } from '../../../tests/support/test-dom';
import type { ContactPrep } from '../../shared/contact';
import type { ContactView } from '../../shared/protocol';
import { contactPageHash } from '../../shared/routes';
import { send } from '../../ui/messages';
import { partialDateText, periodText } from './ContactFullProfile';
import { ContactsSection } from './ContactsSection';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

let view: ContactView;

beforeEach(() => {
  view = maya();
  view.contact.profile.about = 'First line of the about.\nSecond line, kept apart.';
  sendMock.mockReset();
  sendMock.mockImplementation(async (type: string, data: { patch?: { prep?: ContactPrep } }) => {
    if (type === 'ui:getContact') return view;
    if (type === 'ui:listInteractions') return [];
    if (type === 'ui:getSettings') return sam();
    if (type === 'ui:listTemplates') return TEMPLATES;
    if (type === 'ui:updateContact')
      return { ...view.contact, prep: { ...view.contact.prep, ...data.patch?.prep } };
    throw new Error(`unexpected ${type}`);
  });
  location.hash = contactPageHash(MAYA_URL);
});

afterEach(unmountAll);

async function openMaya() {
  const root = await mount(<ContactsSection />);
  await untilLoaded(root);
  return root;
}

const section = (root: Element, name: string) =>
  [...root.querySelectorAll('section')].find((s) =>
    s.querySelector('h3,h4')?.textContent?.startsWith(name),
  ) as HTMLElement | undefined;

describe('a contact page shows the person in full', () => {
  it('shows every captured section, with dates, and the about text with its line breaks', async () => {
    const root = await openMaya();
    const profile = section(root, 'Profile');
    expect(profile).toBeDefined();
    const about = profile?.querySelector('.full-profile-about');
    expect(about?.textContent).toBe('First line of the about.\nSecond line, kept apart.');
    const all = text(profile as HTMLElement);
    expect(all).toContain('UX Research Lead at Brightwater Labs');
    expect(all).toMatch(/Mar 2021 – present/);
    expect(all).toMatch(/Mar 2017 – Aug 2020/);
    expect(all).toContain('University of Leeds');
    expect(all).toContain('Human-Computer Interaction · 2011 – 2012');
    for (const word of [
      'Usability Testing',
      'Yoruba',
      'Mentor at Open Research Circle',
      'Certified Usability Analyst',
    ]) {
      expect(all).toContain(word);
    }
  });

  it('shows the common ground, the questions and the draft, and pins a question as the popup does', async () => {
    const root = await openMaya();
    expect(text(section(root, 'In common') as HTMLElement)).toMatch(/Northwind Health|University of Leeds/);
    const questions = section(root, 'Questions to ask') as HTMLElement;
    const rows = questions.querySelectorAll('li.question');
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const first = rows[0] as HTMLElement;
    const id = first.dataset.questionId;
    await click(await menuItem(first, 'Question actions', 'Pin'));
    await settle();
    const saved = sendMock.mock.calls.filter(([t]) => t === 'ui:updateContact').map(([, d]) => d);
    expect(saved.at(-1)?.patch.prep.questions.pinned).toEqual([id]);
    const draft = section(root, 'Draft email') as HTMLElement;
    await untilLoaded(draft);
    const body = draft.querySelector('textarea') as HTMLTextAreaElement;
    expect(body.value).toContain('Maya');
  });
});

describe('profile dates read as people write them', () => {
  it('names months and keeps bare years', () => {
    expect(partialDateText('2019-04', 'en-GB')).toBe('Apr 2019');
    expect(partialDateText('2019', 'en-GB')).toBe('2019');
    expect(periodText('2019', 'present', 'en-GB')).toBe('2019 – present');
    expect(periodText('2019', '2019', 'en-GB')).toBe('2019');
    expect(periodText(undefined, undefined)).toBe('');
    expect(periodText(undefined, '2020')).toBe('2020');
  });
});
