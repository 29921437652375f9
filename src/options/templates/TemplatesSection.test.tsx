// @vitest-environment happy-dom

import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeHandlers, fakeBackground } from '../../../tests/support/fake-background';
import { MAYA_URL, maya, sam } from '../../../tests/support/prepare-ui-fixtures';
import {
  button,
  click,
  field,
  mount,
  settle,
  submit,
  text,
  type,
  unmountAll,
} from '../../../tests/support/test-dom';
import { DEFAULT_TEMPLATES } from '../../core/templates/default-templates';
import type { Template } from '../../shared/template';
import { send } from '../../ui/messages';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

let stored: Template[];
let handlers: FakeHandlers;
/** As the background lists them: Rapport's in shipped order, reworded or not, then the user's own. */
const listed = () => [
  ...DEFAULT_TEMPLATES.map((d) => stored.find((s) => s.id === d.id) ?? d),
  ...stored.filter((s) => !s.builtIn),
];

beforeEach(() => {
  stored = [];
  handlers = {
    'ui:listTemplates': () => listed(),
    'ui:saveTemplate': (d) => {
      const template = { ...(d as { template: Template }).template, updatedAt: 10 };
      stored = [...stored.filter((s) => s.id !== template.id), template];
      return template;
    },
    'ui:deleteTemplate': (d) => {
      stored = stored.filter((s) => s.id !== (d as { id: string }).id);
      return { deleted: true };
    },
    'ui:listContacts': () => [
      { url: MAYA_URL, name: 'Maya Okafor', stage: 'to-contact', capturedAt: 1, updatedAt: 1 },
    ],
    'ui:getContact': () => maya(),
  };
  sendMock.mockReset();
  fakeBackground(sendMock, () => handlers);
});

afterEach(() => unmountAll());

const calls = (type: string) => sendMock.mock.calls.filter(([t]) => t === type).map(([, d]) => d);
const form = (root: HTMLElement) => root.querySelector('form.template-form') as HTMLFormElement;
const saveButton = (root: HTMLElement) => button(root, 'Save template');
const preview = (root: HTMLElement) => root.querySelector('[data-testid="template-preview"]') as HTMLElement;

/** A fresh module each time: the section keeps an unsaved edit for the life of the page, as a user wants. */
async function section() {
  vi.resetModules();
  const { TemplatesSection } = await import('./TemplatesSection');
  return mount(<TemplatesSection settings={sam()} />);
}

describe('TemplatesSection', () => {
  it('opens the first template with a live preview for a saved person, with no placeholder left', async () => {
    const root = await section();
    expect(field(root, 'Name').value).toBe('Ask for a short conversation');
    expect(text(preview(root))).toContain('Subject: 20 minutes of advice on UX research?');
    expect(text(preview(root))).toContain('Hi Maya,');
    expect(text(preview(root))).toContain('we were both at Northwind Health in 2018–2020');
    expect(text(preview(root).querySelector('.template-preview-body') as HTMLElement)).not.toMatch(
      /\{\{|\}\}/,
    );
    expect(text(preview(root))).toContain('Empty for Maya Okafor: {{referrer.name}}');
    await type(field<HTMLTextAreaElement>(root, 'Message'), 'Dear {{them.name}}, hello.');
    expect(text(preview(root))).toContain('Dear Maya Okafor, hello.');
  });

  it('shows unknown placeholders as the user types and will not save until they are fixed', async () => {
    const root = await section();
    const body = field<HTMLTextAreaElement>(root, 'Message');
    await type(body, 'Hi {{them.fristName}},');
    const errors = root.querySelector('.template-errors') as HTMLElement;
    expect(errors.getAttribute('role')).toBe('alert');
    expect(text(errors)).toBe(
      '{{them.fristName}} is not a placeholder Rapport knows. Did you mean {{them.firstName}}?',
    );
    expect(body.getAttribute('aria-invalid')).toBe('true');
    expect(saveButton(root).disabled).toBe(true);
    await type(body, 'Hi {{them.firstName}},');
    expect(root.querySelector('.template-errors')).toBeNull();
    expect(saveButton(root).disabled).toBe(false);
    await submit(form(root));
    expect(calls('ui:saveTemplate')).toEqual([
      { template: expect.objectContaining({ id: 'builtin-outreach', body: 'Hi {{them.firstName}},' }) },
    ]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved.');
    expect(text(root.querySelector('.template-list') as HTMLElement)).toContain('Rapport’s, reworded');
  });

  it('inserts a placeholder where the user was typing', async () => {
    const root = await section();
    const subject = field(root, 'Subject');
    await type(subject, 'Hello !');
    await act(() => {
      subject.dispatchEvent(new FocusEvent('focus'));
      subject.setSelectionRange(6, 6);
    });
    await click(button(root, 'Insert {{them.firstName}}'));
    expect(field(root, 'Subject').value).toBe('Hello {{them.firstName}}!');
  });

  it('resets a reworded built-in to Rapport’s text', async () => {
    stored = [{ ...(DEFAULT_TEMPLATES[0] as Template), body: 'Short.', updatedAt: 5 }];
    const root = await section();
    expect(field<HTMLTextAreaElement>(root, 'Message').value).toBe('Short.');
    await click(button(root, 'Reset to Rapport’s text'));
    expect(calls('ui:deleteTemplate')).toEqual([{ id: 'builtin-outreach' }]);
    expect(field<HTMLTextAreaElement>(root, 'Message').value).toBe(DEFAULT_TEMPLATES[0]?.body);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Back to Rapport’s text.');
    expect(() => button(root, 'Reset to Rapport’s text')).toThrow();
  });

  it('edits a LinkedIn connection note with no subject, previewed as LinkedIn would take it, counted', async () => {
    const root = await section();
    await click(button(root, /^LinkedIn connection note/));
    await settle();
    expect(() => field(root, 'Subject')).toThrow();
    expect(text(preview(root))).not.toContain('Subject:');
    expect(text(preview(root))).toMatch(/^Hi Maya,/);
    expect(text(preview(root))).toMatch(/\d+\/300 characters, as LinkedIn counts them/);
  });

  it('creates a template of the user’s own and deletes it after asking', async () => {
    const root = await section();
    await click(button(root, 'New template'));
    await type(field(root, 'Name'), 'Alumni note');
    await type(field<HTMLSelectElement>(root, /^Used for/), 'outreach');
    await type(field(root, 'Subject'), 'A fellow {{me.firstName}}');
    await submit(form(root));
    const saved = (calls('ui:saveTemplate')[0] as { template: Template }).template;
    expect(saved).toMatchObject({ name: 'Alumni note', kind: 'outreach', builtIn: false });
    expect(saved.id).toMatch(/^custom-/);
    await click(button(root, 'Delete template'));
    await click(button(root, 'Delete'));
    expect(calls('ui:deleteTemplate')).toEqual([{ id: saved.id }]);
    expect(text(root.querySelector('.template-list') as HTMLElement)).not.toContain('Alumni note');
  });

  it('asks before leaving an unsaved edit, for another template or the page', async () => {
    const root = await section();
    await type(field(root, 'Subject'), 'Changed');
    const unload = new Event('beforeunload', { cancelable: true });
    dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
    await click(button(root, /^Thank them after you meet/));
    expect(text(root.querySelector('.template-leave') as HTMLElement)).toContain(
      'You have unsaved changes to “Ask for a short conversation”.',
    );
    await click(button(root, 'Keep editing'));
    expect(field(root, 'Subject').value).toBe('Changed');
    await click(button(root, /^Thank them after you meet/));
    await click(button(root, 'Discard them'));
    expect(field(root, 'Name').value).toBe('Thank them after you meet');
    await settle();
  });
});
