// @vitest-environment happy-dom

import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { type FakeHandlers, fakeBackground } from '../../../tests/support/fake-background';
import { MAYA_URL, maya, openDisclosure, sam, TEMPLATES } from '../../../tests/support/prepare-ui-fixtures';
import { button, click, menuItem, mount, settle, text, unmountAll } from '../../../tests/support/test-dom';
import type { ContactPrep } from '../../shared/contact';
import type { ContactView } from '../../shared/protocol';
import type { Settings } from '../../shared/settings';
import { send } from '../../ui/messages';
import { PreparePanel } from './PreparePanel';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { openOptionsPage: vi.fn(), getURL: (path: string) => `chrome-extension://rapport/${path}` },
  },
}));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

let handlers: FakeHandlers;

beforeEach(() => {
  handlers = {
    'ui:listTemplates': () => TEMPLATES,
    'ui:updateContact': () => maya().contact,
  };
  sendMock.mockReset();
  fakeBackground(sendMock, () => handlers);
});

afterEach(() => {
  unmountAll();
  vi.clearAllMocks();
});

const calls = (type: string) => sendMock.mock.calls.filter(([t]) => t === type).map(([, d]) => d);
const savedPrep = () =>
  (calls('ui:updateContact') as { patch: { prep: ContactPrep } }[]).map((c) => c.patch.prep);

async function panel(view: ContactView = maya(), settings: Settings = sam(), focusDraft = false) {
  const onChanged = vi.fn();
  const root = await mount(
    <PreparePanel view={view} settings={settings} focusDraft={focusDraft} onChanged={onChanged} />,
  );
  return { root, onChanged };
}

/** The panel with its questions open, as the user has them once they click "Questions to ask". */
async function withQuestions(view: ContactView = maya(), settings: Settings = sam()) {
  const opened = await panel(view, settings);
  await openDisclosure(opened.root.querySelector('[data-testid="questions"]') as HTMLDetailsElement);
  return opened;
}

describe('PreparePanel: common ground', () => {
  it('shows the strongest shared ground as sentences, the rest behind "More"', async () => {
    const { root } = await panel(maya({ referredBy: { name: 'Priya Shah' } }));
    const section = root.querySelector('[data-testid="common-ground"]') as HTMLElement;
    const [shown, more] = [...section.querySelectorAll('ul')].map((ul) =>
      [...ul.querySelectorAll('li')].map((li) => text(li)),
    );
    expect(shown).toEqual([
      'You were both at Northwind Health in 2018–2020',
      'Priya Shah suggested you talk',
      'You both studied at the University of Leeds',
      'You have both volunteered with Open Research Circle',
      'You both studied Psychology',
    ]);
    expect(more?.length).toBeGreaterThan(0);
    expect(text(section.querySelector('details > summary') as HTMLElement)).toBe(`More (${more?.length})`);
  });

  it('asks for My profile when it is empty, and opens the options page', async () => {
    const settings = sam({
      experience: [],
      education: [],
      languages: [],
      skills: [],
      volunteering: [],
      targetField: '',
      targetRole: '',
    });
    const { root } = await panel(maya(), settings);
    const section = root.querySelector('[data-testid="common-ground"]') as HTMLElement;
    expect(section.querySelector('li')).toBeNull();
    expect(text(section)).toContain('Tell Rapport about yourself to see what you share with Maya Okafor.');
    await click(button(section, 'Fill in My profile'));
    expect(browser.runtime.openOptionsPage).toHaveBeenCalled();
  });

  it('shows captured text as text only', async () => {
    const view = maya();
    view.contact.name = '<img src=x onerror="alert(1)">Maya';
    const { root } = await panel(
      view,
      sam({ experience: [], education: [], languages: [], skills: [], volunteering: [] }),
    );
    expect(text(root)).toContain('<img src=x onerror="alert(1)">Maya');
    expect(root.querySelector('img')).toBeNull();
  });
});

describe('PreparePanel: questions', () => {
  const questions = (root: HTMLElement) =>
    root.querySelector('[data-testid="questions"]') as HTMLDetailsElement;
  const row = (root: HTMLElement, id: string) =>
    [...root.querySelectorAll<HTMLElement>('[data-question-id]')].find(
      (el) => el.dataset.questionId === id,
    ) as HTMLElement;
  const shownIds = (root: HTMLElement) =>
    [...root.querySelectorAll<HTMLElement>('[data-question-id]')].map((el) => el.dataset.questionId);
  /** A row's action, from the row's one menu. */
  const action = (row: HTMLElement, name: string) => menuItem(row, 'Question actions', name);

  it('works out the questions only once the user opens them', async () => {
    const { root } = await panel();
    expect(questions(root).open).toBe(false);
    expect(questions(root).querySelector('[data-question-id]')).toBeNull();
    await openDisclosure(questions(root));
    expect(questions(root).querySelectorAll('[data-question-id]').length).toBeGreaterThanOrEqual(8);
  });

  it('groups tailored questions the way an interview runs, with the user’s own bank last', async () => {
    const { root } = await withQuestions(maya(), sam({}, ['How do you pick a research method?']));
    const headings = [...questions(root).querySelectorAll('h4')].map((h) => text(h));
    expect(headings).toEqual([
      'Their path',
      'Their role',
      'The field',
      'Advice for me',
      'Who else',
      'My questions',
    ]);
    expect(text(questions(root))).toContain(
      'How did your time at the University of Leeds shape where you went next?',
    );
    expect(text(questions(root))).toMatch(/^Questions to ask ?1\d questions for Maya Okafor,/);
  });

  it('pins a question to the top and saves the arrangement with the contact', async () => {
    const { root } = await withQuestions();
    await click(await action(row(root, 'who-else/recommend'), 'Pin'));
    expect(shownIds(root)[0]).toBe('who-else/recommend');
    expect(text(questions(root).querySelector('h4') as HTMLElement)).toBe('Pinned');
    expect(calls('ui:updateContact')[0]).toMatchObject({ url: MAYA_URL });
    expect(savedPrep()).toEqual([{ questions: expect.objectContaining({ pinned: ['who-else/recommend'] }) }]);
    expect(document.activeElement?.textContent).toBe('Unpin');
  });

  it('moves a question down within its group and keeps keyboard focus on it', async () => {
    const { root } = await withQuestions();
    const before = shownIds(root);
    const first = before[0] as string;
    await click(await action(row(root, first), 'Move down'));
    expect(shownIds(root).slice(0, 2)).toEqual([before[1], first]);
    expect(
      (document.activeElement as HTMLElement).closest('[data-question-id]')?.getAttribute('data-question-id'),
    ).toBe(first);
    expect(savedPrep().at(-1)?.questions?.order.slice(0, 2)).toEqual([before[1], first]);
    expect((await action(row(root, first), 'Move down')).disabled).toBe(false);
    expect((await action(row(root, 'their-role/typical-week'), 'Move up')).disabled).toBe(true);
  });

  it('edits a question in place', async () => {
    const { root } = await withQuestions();
    await click(await action(row(root, 'who-else/recommend'), 'Edit'));
    const field = row(root, 'who-else/recommend').querySelector('textarea') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    await act(() => {
      field.value = 'Who else in health research should I talk to?';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button(row(root, 'who-else/recommend'), 'Save'));
    expect(text(row(root, 'who-else/recommend'))).toContain(
      'Who else in health research should I talk to? (edited)',
    );
    expect(savedPrep().at(-1)?.questions?.edited).toEqual({
      'who-else/recommend': 'Who else in health research should I talk to?',
    });
  });

  it('hides a question, with undo and a way to show it again', async () => {
    const { root } = await withQuestions();
    await click(await action(row(root, 'who-else/recommend'), 'Hide'));
    expect(shownIds(root)).not.toContain('who-else/recommend');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Question hidden.');
    expect(savedPrep().at(-1)?.questions?.hidden).toEqual(['who-else/recommend']);
    await click(button(root, 'Undo'));
    expect(shownIds(root)).toContain('who-else/recommend');
    await click(await action(row(root, 'who-else/recommend'), 'Hide'));
    await click(button(root, 'Show again'));
    expect(shownIds(root)).toContain('who-else/recommend');
    expect(savedPrep().at(-1)?.questions?.hidden).toEqual([]);
  });

  it('adds a question for this person only, and deletes it', async () => {
    const { root } = await withQuestions();
    const input = root.querySelector('.question-add input') as HTMLInputElement;
    await act(() => {
      input.value = 'Could I see an example of a research plan?';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button(root, 'Add'));
    const added = savedPrep().at(-1)?.questions?.added ?? [];
    expect(added.map((q) => q.text)).toEqual(['Could I see an example of a research plan?']);
    const addedRow = row(root, added[0]?.id ?? '');
    expect(addedRow.closest('.question-group')?.querySelector('h4')?.textContent).toBe('My questions');
    await click(await action(addedRow, 'Delete'));
    expect(savedPrep().at(-1)?.questions?.added).toEqual([]);
  });

  it('restores a saved arrangement', async () => {
    const view = maya({
      prep: {
        questions: {
          pinned: ['the-field/changes'],
          edited: {},
          order: [],
          added: [],
          hidden: ['who-else/recommend'],
        },
      },
    });
    const { root } = await withQuestions(view);
    expect(shownIds(root)[0]).toBe('the-field/changes');
    expect(shownIds(root)).not.toContain('who-else/recommend');
  });

  it('copies the questions as plain text', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { root } = await withQuestions();
    await click(button(root, 'Copy questions'));
    const copied = writeText.mock.calls[0]?.[0] ?? '';
    expect(copied).toMatch(/^Their path\n1\. /);
    expect(copied).toContain('\n\nWho else\n');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Copied the questions.');
  });

  it('says so when a save fails', async () => {
    handlers['ui:updateContact'] = () => {
      throw new Error('That person is no longer saved');
    };
    const { root } = await withQuestions();
    await click(await action(root.querySelector('[data-question-id]') as HTMLElement, 'Pin'));
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Could not save your questions: That person is no longer saved',
    );
  });
});
