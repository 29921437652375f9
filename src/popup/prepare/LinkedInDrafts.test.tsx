// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAYA_URL, maya, openDisclosure, sam, TEMPLATES } from '../../../tests/support/prepare-ui-fixtures';
import { button, click, field, mount, settle, text, type, unmountAll } from '../../../tests/support/test-dom';
import { CONNECTION_NOTE_LIMIT, linkedInLength } from '../../core/templates/linkedin-templates';
import type { ContactPrep } from '../../shared/contact';
import type { Template } from '../../shared/template';
import { send } from '../../ui/messages';
import { PreparePanel } from './PreparePanel';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
vi.mock('webextension-polyfill', () => ({ default: { runtime: { openOptionsPage: vi.fn() } } }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

let templates: Template[];

beforeEach(() => {
  templates = TEMPLATES;
  sendMock.mockReset();
  sendMock.mockImplementation(async (kind: string, data: unknown) => {
    if (kind === 'ui:listTemplates') return templates;
    if (kind === 'ui:logInteraction') return { ...(data as object), id: 'i1' };
    if (kind === 'ui:updateContact') return maya().contact;
    throw new Error(`unexpected ${kind}`);
  });
  Element.prototype.scrollIntoView = vi.fn();
});

afterEach(() => {
  unmountAll();
  vi.clearAllMocks();
});

async function linkedIn(view = maya()) {
  const onChanged = vi.fn();
  const root = await mount(
    <PreparePanel view={view} settings={sam()} focusDraft={false} onChanged={onChanged} />,
  );
  const section = root.querySelector('[data-testid="linkedin-drafts"]') as HTMLDetailsElement;
  await openDisclosure(section);
  for (let tries = 0; tries < 50 && !section.querySelector('textarea'); tries++) await settle();
  return { section, onChanged };
}

const note = (root: HTMLElement) => field<HTMLTextAreaElement>(root, 'Connection note');
const message = (root: HTMLElement) => field<HTMLTextAreaElement>(root, 'LinkedIn message');
const counter = (root: HTMLElement) => root.querySelector('.note-count') as HTMLElement;

describe('PreparePanel: LinkedIn note and message', () => {
  it('drafts both from the user’s templates, the note within LinkedIn’s limit and counted', async () => {
    const { section } = await linkedIn();
    expect(note(section).value).toMatch(/^Hi Maya,\n\nI’m Sam Rivera/);
    expect(note(section).value).toMatch(
      /Could I ask you for 20 minutes of advice on UX research sometime\?$/,
    );
    expect(linkedInLength(note(section).value)).toBeLessThanOrEqual(CONNECTION_NOTE_LIMIT);
    expect(text(counter(section))).toBe(`${linkedInLength(note(section).value)}/300`);
    expect(message(section).value).toContain('we were both at Northwind Health in 2018–2020');
    expect(message(section).value).toContain('Would you have 20 minutes');
    expect(`${note(section).value}\n${message(section).value}`).not.toMatch(/\{\{|\}\}| {2}/);
  });

  it('counts as the user types and says when the note is over the limit', async () => {
    const { section } = await linkedIn();
    await type(note(section), 'Hi 👋');
    expect(text(counter(section))).toBe('5/300');
    await type(note(section), 'a'.repeat(310));
    expect(text(counter(section))).toBe('310/300: 10 over LinkedIn’s limit');
    expect(counter(section).classList).toContain('error');
  });

  it('leaves the LinkedIn templates out of the email’s choice', async () => {
    const root = await mount(
      <PreparePanel view={maya()} settings={sam()} focusDraft={true} onChanged={vi.fn()} />,
    );
    const email = root.querySelector('[data-testid="draft"]') as HTMLElement;
    for (let tries = 0; tries < 50 && !email.querySelector('select'); tries++) await settle();
    const names = [...field<HTMLSelectElement>(email, 'Template').options].map((option) => option.value);
    expect(names).toContain('builtin-outreach');
    expect(names).not.toContain('builtin-connection-note');
    expect(names).not.toContain('builtin-linkedin-message');
  });

  it('copies the note and the message, each by its own button', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { section } = await linkedIn();
    await click(button(section, 'Copy note'));
    expect(writeText).toHaveBeenLastCalledWith(note(section).value);
    expect(section.querySelector('[role="status"]')?.textContent).toBe('Copied the note.');
    await type(message(section), 'Hi Maya, edited.');
    await click(button(section, 'Copy message'));
    expect(writeText).toHaveBeenLastCalledWith('Hi Maya, edited.');
  });

  it('uses a note template the user wrote, and lets them choose between several', async () => {
    templates = [
      ...TEMPLATES,
      {
        id: 'my-note',
        name: 'My short note',
        kind: 'connection-note',
        subject: '',
        body: 'Hi {{them.firstName}}, {{me.firstName}} here: may I ask about {{me.targetField}}?',
        builtIn: false,
        updatedAt: 1,
      },
    ];
    const { section } = await linkedIn();
    await type(field<HTMLSelectElement>(section, 'Connection note template'), 'my-note');
    expect(note(section).value).toBe('Hi Maya, Sam here: may I ask about UX research?');
  });

  it('keeps what the user types, for when the popup closes on the way to LinkedIn', async () => {
    const { section } = await linkedIn();
    await type(note(section), 'Hi Maya, my own words.');
    await act(() => {
      dispatchEvent(new Event('pagehide'));
    });
    await settle();
    const saved = sendMock.mock.calls
      .filter(([kind]) => kind === 'ui:updateContact')
      .map(([, d]) => (d as { patch: { prep: ContactPrep } }).patch.prep.linkedIn);
    expect(saved.at(-1)).toEqual({
      note: 'Hi Maya, my own words.',
      message: '',
      updatedAt: expect.any(Number),
    });
  });

  it('restores typed words, and starts over from the template on request', async () => {
    const prep = { linkedIn: { note: 'My saved note', message: '', updatedAt: 1 } };
    const { section } = await linkedIn(maya({ prep }));
    expect(note(section).value).toBe('My saved note');
    expect(message(section).value).toMatch(/^Hi Maya,/);
    await click(button(section, 'Start over from the template'));
    expect(note(section).value).toMatch(/^Hi Maya,\n\nI’m Sam Rivera/);
    expect(() => button(section, 'Start over from the template')).toThrow();
  });

  it('"Mark as sent" logs the outreach and tells the popup', async () => {
    const { section, onChanged } = await linkedIn();
    await click(button(section, 'Mark as sent'));
    expect(sendMock.mock.calls.filter(([kind]) => kind === 'ui:logInteraction').map(([, d]) => d)).toEqual([
      { contactUrl: MAYA_URL, kind: 'outreach-sent', at: expect.any(Number) },
    ]);
    expect(onChanged).toHaveBeenCalled();
  });
});
