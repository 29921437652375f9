// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, click, field, mount, submit, type, unmountAll } from '../../../tests/support/test-dom';
import { defaultSettings, type Settings } from '../../shared/settings';
import { send } from '../../ui/messages';
import { fromRows, moveRow, toRows } from './bank-draft';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

beforeEach(() => {
  sendMock.mockReset();
  sendMock.mockImplementation(async (type: string, data: unknown) => {
    if (type !== 'ui:saveSettings') throw new Error(`unexpected ${type}`);
    return (data as { settings: Settings }).settings;
  });
});

afterEach(() => unmountAll());

const BANK = ['What surprised you most in your first year?', 'How do you measure success?'];
const saved = () => sendMock.mock.calls.map(([, d]) => (d as { settings: Settings }).settings);
const texts = (root: HTMLElement) => [...root.querySelectorAll('textarea')].map((t) => t.value);

/** A fresh module each time: the section keeps an unsaved edit for the life of the page, as a user wants. */
async function section(bank = BANK) {
  vi.resetModules();
  const { QuestionBankSection } = await import('./QuestionBankSection');
  const onSaved = vi.fn();
  const settings = { ...defaultSettings(), questionBank: bank };
  const root = await mount(<QuestionBankSection settings={settings} onSaved={onSaved} />);
  return { root, onSaved, settings };
}

describe('QuestionBankSection', () => {
  it('adds a question and saves the whole settings with only the bank changed', async () => {
    const { root, onSaved, settings } = await section();
    expect(button(root, 'Save questions').disabled).toBe(true);
    await type(field(root, 'Add a question'), 'Who should I read?');
    await click(button(root, 'Add'));
    expect(texts(root)).toEqual([...BANK, 'Who should I read?']);
    expect(field(root, 'Add a question').value).toBe('');
    await submit(root.querySelector('form') as HTMLFormElement);
    expect(saved()).toEqual([{ ...settings, questionBank: [...BANK, 'Who should I read?'] }]);
    expect(onSaved).toHaveBeenCalledWith(saved()[0]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Saved. These questions now show for every person.',
    );
  });

  it('edits, reorders with focus kept on the moved question, and deletes', async () => {
    const { root } = await section();
    await type(field<HTMLTextAreaElement>(root, 'Question 2'), 'How do you know a project went well?');
    await click(button(root, 'Move question 2 up'));
    expect(texts(root)).toEqual(['How do you know a project went well?', BANK[0]]);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move question 1 down');
    await click(button(root, 'Delete question 2'));
    await submit(root.querySelector('form') as HTMLFormElement);
    expect(saved()[0]?.questionBank).toEqual(['How do you know a project went well?']);
  });

  it('asks before the page is left with unsaved changes, and discards on request', async () => {
    const { root } = await section();
    await click(button(root, 'Delete question 1'));
    const unload = new Event('beforeunload', { cancelable: true });
    dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
    await click(button(root, 'Discard changes'));
    expect(texts(root)).toEqual(BANK);
    expect(button(root, 'Save questions').disabled).toBe(true);
  });

  it('says why a save failed, keeping the edit', async () => {
    sendMock.mockImplementation(async () => {
      throw new Error('Settings are not valid');
    });
    const { root } = await section([]);
    expect(root.textContent).toContain('No questions of your own yet.');
    await type(field(root, 'Add a question'), 'Mine?');
    await act(() => {
      field(root, 'Add a question').dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }),
      );
    });
    await submit(root.querySelector('form') as HTMLFormElement);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Settings are not valid');
    expect(texts(root)).toEqual(['Mine?']);
  });
});

describe('bank rows', () => {
  it('saves trimmed questions, without blanks or repeats', () => {
    const rows = toRows(['  Why UX? ', '', 'why ux?', 'What next?\n']);
    expect(fromRows(rows)).toEqual(['Why UX?', 'What next?']);
  });

  it('moves within bounds only', () => {
    const rows = toRows(['a', 'b']);
    expect(moveRow(rows, rows[0]?.key ?? 0, -1).map((r) => r.text)).toEqual(['a', 'b']);
    expect(moveRow(rows, rows[0]?.key ?? 0, 1).map((r) => r.text)).toEqual(['b', 'a']);
  });
});
