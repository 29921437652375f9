// @vitest-environment happy-dom

import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeHandlers, fakeBackground } from '../../../tests/support/fake-background';
import { MAYA_URL, maya, openDisclosure, sam, TEMPLATES } from '../../../tests/support/prepare-ui-fixtures';
import { button, click, field, mount, settle, text, type, unmountAll } from '../../../tests/support/test-dom';
import type { ContactPrep } from '../../shared/contact';
import type { ContactView } from '../../shared/protocol';
import { send } from '../../ui/messages';
import { PreparePanel } from './PreparePanel';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
vi.mock('webextension-polyfill', () => ({ default: { runtime: { openOptionsPage: vi.fn() } } }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

let handlers: FakeHandlers;

beforeEach(() => {
  handlers = {
    'ui:listTemplates': () => TEMPLATES,
    'ui:updateContact': () => maya().contact,
    'ui:logInteraction': (d) => ({ ...d, id: 'i1' }),
  };
  sendMock.mockReset();
  fakeBackground(sendMock, () => handlers);
  Element.prototype.scrollIntoView = vi.fn();
});

afterEach(() => {
  unmountAll();
  vi.clearAllMocks();
});

const calls = (type: string) => sendMock.mock.calls.filter(([t]) => t === type).map(([, d]) => d);
const savedDrafts = () =>
  (calls('ui:updateContact') as { patch: { prep: ContactPrep } }[])
    .map((c) => c.patch.prep.draft)
    .filter(Boolean);

async function panel(view: ContactView = maya(), focusDraft = false) {
  const onChanged = vi.fn();
  const root = await mount(
    <PreparePanel view={view} settings={sam()} focusDraft={focusDraft} onChanged={onChanged} />,
  );
  const draft = root.querySelector('[data-testid="draft"]') as HTMLDetailsElement;
  if (!focusDraft) await openDisclosure(draft);
  return { root, draft, onChanged };
}

const subject = (root: HTMLElement) => field(root, 'Subject');
const body = (root: HTMLElement) => field<HTMLTextAreaElement>(root, 'Message');

describe('PreparePanel: draft email', () => {
  it('stays closed, and loads no templates, until the user opens it', async () => {
    const root = await mount(
      <PreparePanel view={maya()} settings={sam()} focusDraft={false} onChanged={vi.fn()} />,
    );
    const draft = root.querySelector('[data-testid="draft"]') as HTMLDetailsElement;
    expect(draft.open).toBe(false);
    expect(calls('ui:listTemplates')).toEqual([]);
    await openDisclosure(draft);
    expect(calls('ui:listTemplates')).toEqual([{}]);
    expect(body(draft).value).toMatch(/^Hi Maya,/);
  });

  it('fills the outreach template from both profiles, with no placeholder left', async () => {
    const { draft } = await panel();
    expect(field<HTMLSelectElement>(draft, 'Template').value).toBe('builtin-outreach');
    expect(subject(draft).value).toBe('20 minutes of advice on UX research?');
    expect(body(draft).value).toMatch(/^Hi Maya,\n\nI’m Sam Rivera — a psychology graduate/);
    expect(body(draft).value).toContain('I noticed we were both at Northwind Health in 2018–2020');
    expect(body(draft).value).not.toMatch(/\{\{|\}\}/);
    expect(text(draft)).toContain('No email address saved for Maya Okafor.');
  });

  it('saves what is typed after a pause, and at once when the field loses focus', async () => {
    const { draft } = await panel();
    await type(body(draft), 'Hi Maya, a short note.');
    expect(savedDrafts()).toEqual([]);
    await act(() => new Promise((resolve) => setTimeout(resolve, 450)));
    await settle();
    expect(savedDrafts()).toEqual([
      {
        templateId: 'builtin-outreach',
        subject: '20 minutes of advice on UX research?',
        body: 'Hi Maya, a short note.',
        updatedAt: expect.any(Number),
      },
    ]);
    expect(calls('ui:updateContact')[0]).toMatchObject({ url: MAYA_URL });
    await type(subject(draft), 'Hello');
    await act(() => {
      subject(draft).dispatchEvent(new Event('blur'));
    });
    await settle();
    expect(savedDrafts().at(-1)).toMatchObject({ subject: 'Hello', body: 'Hi Maya, a short note.' });
  });

  it('saves an unsaved edit when the popup goes away', async () => {
    const { draft } = await panel();
    await type(body(draft), 'Typed just before closing');
    await act(() => {
      dispatchEvent(new Event('pagehide'));
    });
    await settle();
    expect(savedDrafts().at(-1)?.body).toBe('Typed just before closing');
  });

  it('restores a saved draft, and starts over from the template on request, with undo', async () => {
    const saved = {
      templateId: 'builtin-outreach',
      subject: 'My subject',
      body: 'My words',
      updatedAt: Date.now(),
    };
    const { draft } = await panel(maya({ prep: { draft: saved } }));
    expect(body(draft).value).toBe('My words');
    expect(text(draft)).toContain('Your draft from');
    await click(button(draft, 'Start over from the template'));
    expect(body(draft).value).toMatch(/^Hi Maya,/);
    expect(savedDrafts().at(-1)).toMatchObject({ templateId: 'builtin-outreach', subject: '', body: '' });
    expect(draft.querySelector('[role="status"]')?.textContent).toBe(
      'Started over from “Ask for a short conversation”.',
    );
    await click(button(draft, 'Undo'));
    expect(body(draft).value).toBe('My words');
    expect(savedDrafts().at(-1)).toMatchObject({ subject: 'My subject', body: 'My words' });
  });

  it('switches templates, remembering the choice and offering undo only when words would be lost', async () => {
    const { draft } = await panel();
    await type(field<HTMLSelectElement>(draft, 'Template'), 'custom-short');
    await settle();
    expect(subject(draft).value).toBe('Quick question, Maya');
    expect(body(draft).value).toBe('Hi Maya,\nSam Rivera here.');
    expect(savedDrafts().at(-1)).toMatchObject({ templateId: 'custom-short', subject: '', body: '' });
    expect(draft.querySelector('[role="status"]')).toBeNull();
    await type(body(draft), 'Edited');
    await type(field<HTMLSelectElement>(draft, 'Template'), 'builtin-outreach');
    await settle();
    expect(draft.querySelector('[role="status"]')?.textContent).toBe(
      'Filled in “Ask for a short conversation”.',
    );
    await click(button(draft, 'Undo'));
    expect(body(draft).value).toBe('Edited');
  });

  it('restores a chosen template that has no typed words', async () => {
    const saved = { templateId: 'custom-short', subject: '', body: '', updatedAt: 1 };
    const { draft } = await panel(maya({ prep: { draft: saved } }));
    expect(field<HTMLSelectElement>(draft, 'Template').value).toBe('custom-short');
    expect(body(draft).value).toBe('Hi Maya,\nSam Rivera here.');
    expect(text(draft)).not.toContain('Your draft from');
  });

  it('opens the mail app and Gmail with the draft and the contact’s address', async () => {
    const { draft } = await panel(maya({ email: 'maya@example.com' }));
    expect(text(draft)).toContain('To: maya@example.com');
    await type(subject(draft), 'Coffee?');
    await type(body(draft), 'Hi Maya & team');
    const mail = [...draft.querySelectorAll('a')].find(
      (a) => text(a) === 'Open in mail app',
    ) as HTMLAnchorElement;
    expect(mail.getAttribute('href')).toBe(
      'mailto:maya@example.com?subject=Coffee%3F&body=Hi%20Maya%20%26%20team',
    );
    expect(mail.getAttribute('target')).toBeNull();
    const gmail = [...draft.querySelectorAll('a')].find(
      (a) => text(a) === 'Open in Gmail',
    ) as HTMLAnchorElement;
    expect(gmail.getAttribute('href')).toBe(
      'https://mail.google.com/mail/?view=cm&fs=1&to=maya@example.com&su=Coffee%3F&body=Hi%20Maya%20%26%20team',
    );
    expect(gmail.getAttribute('target')).toBe('_blank');
  });

  it('copies the email text', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { draft } = await panel();
    await click(button(draft, 'Copy'));
    expect(writeText).toHaveBeenCalledWith(body(draft).value);
    expect(draft.querySelector('[role="status"]')?.textContent).toBe('Copied the email.');
  });

  it('"Mark as sent" logs the outreach now and tells the popup', async () => {
    const { draft, onChanged } = await panel();
    const before = Date.now();
    await click(button(draft, 'Mark as sent'));
    expect(calls('ui:logInteraction')).toEqual([
      { contactUrl: MAYA_URL, kind: 'outreach-sent', at: expect.any(Number) },
    ]);
    expect((calls('ui:logInteraction')[0] as { at: number }).at).toBeGreaterThanOrEqual(before);
    expect(onChanged).toHaveBeenCalled();
    expect(draft.querySelector('[role="status"]')?.textContent).toBe('Marked as sent.');
  });

  it('"Mark as sent" on a thank-you logs the thank-you, which pays what is owed', async () => {
    const saved = { templateId: 'builtin-thank-you', subject: '', body: '', updatedAt: 1 };
    const { draft } = await panel(maya({ prep: { draft: saved } }));
    expect(field<HTMLSelectElement>(draft, 'Template').value).toBe('builtin-thank-you');
    await click(button(draft, 'Mark as sent'));
    expect(calls('ui:logInteraction')).toEqual([
      { contactUrl: MAYA_URL, kind: 'thank-you-sent', at: expect.any(Number) },
    ]);
  });

  it('says why when logging fails, without telling the popup anything changed', async () => {
    handlers['ui:logInteraction'] = () => {
      throw new Error('Rapport could not save that');
    };
    const { draft, onChanged } = await panel();
    await click(button(draft, 'Mark as sent'));
    expect(draft.querySelector('[role="alert"]')?.textContent).toBe('Rapport could not save that');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('goes straight to the draft when opened for it', async () => {
    const { draft } = await panel(maya(), true);
    expect(draft.open).toBe(true);
    expect(draft.scrollIntoView).toHaveBeenCalled();
    expect(document.activeElement).toBe(body(draft));
  });

  it('offers to try again when the templates cannot be loaded', async () => {
    handlers['ui:listTemplates'] = () => {
      throw new Error('Background unavailable');
    };
    const { root } = await panel();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Could not load your templates: Background unavailable',
    );
    handlers['ui:listTemplates'] = () => TEMPLATES;
    await click(button(root, 'Try again'));
    expect(body(root).value).toMatch(/^Hi Maya,/);
  });
});
