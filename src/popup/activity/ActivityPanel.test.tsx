// @vitest-environment happy-dom

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeHandlers, fakeBackground } from '../../../tests/support/fake-background';
import { button, click, field, mount, submit, text, type, unmountAll } from '../../../tests/support/test-dom';
import type { Contact } from '../../shared/contact';
import type { FollowUp, Interaction } from '../../shared/interaction';
import { emptyProfile } from '../../shared/profile';
import { send } from '../../ui/messages';
import { ActivityPanel } from './ActivityPanel';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

const HOUR = 3600_000;
const URL_MAYA = 'https://www.linkedin.com/in/maya/';

let followUps: FollowUp[];
let interactions: Interaction[];
let handlers: FakeHandlers;

function contact(): Contact {
  const now = Date.now();
  return {
    url: URL_MAYA,
    name: 'Maya Okafor',
    profile: emptyProfile(URL_MAYA, 'Maya Okafor'),
    firstSavedAt: now,
    capturedAt: now,
    updatedAt: now,
    stage: 'met',
    followUps,
    tags: [],
    jobChanges: [],
  };
}

beforeEach(() => {
  followUps = [
    {
      id: 'thank-you:maya:h1',
      contactUrl: URL_MAYA,
      kind: 'thank-you',
      dueAt: Date.now() - 2 * HOUR,
      overdueAt: Date.now() + 22 * HOUR,
      title: 'Send a thank-you note',
      status: 'open',
    },
  ];
  interactions = [
    {
      id: 's1',
      contactUrl: URL_MAYA,
      kind: 'meeting-scheduled',
      at: Date.now() - 5 * 24 * HOUR,
      meeting: { startsAt: Date.now() - 3 * HOUR, minutes: 30, where: 'Zoom' },
    },
    {
      id: 'n1',
      contactUrl: URL_MAYA,
      kind: 'note',
      at: Date.now() - 6 * 24 * HOUR,
      note: '<img src=x onerror="alert(1)"> Ask about research ops',
    },
  ];
  handlers = {
    'ui:getContact': () => ({ contact: contact(), snapshotCount: 1 }),
    'ui:listInteractions': () => interactions,
    'ui:logInteraction': (d) => ({ ...d, id: 'new-1' }),
    'ui:saveActionItem': (d) => ({
      ...d,
      id: 'action-item:x',
      kind: 'action-item',
      status: 'open',
      updatedAt: 0,
    }),
    'ui:actOnFollowUp': () => ({ contactUrl: URL_MAYA }),
  };
  sendMock.mockReset();
  fakeBackground(sendMock, () => handlers);
});

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const calls = (type: string) => sendMock.mock.calls.filter(([t]) => t === type).map(([, d]) => d);
/** The logging form on screen: forms the user switched away from stay in the page, hidden. */
const form = (root: Element) =>
  [...root.querySelectorAll<HTMLFormElement>('form.interaction-form')].find(
    (f) => !f.closest('[hidden]'),
  ) as HTMLFormElement;

async function panel(onChanged = vi.fn()) {
  const root = await mount(
    <ActivityPanel contactUrl={URL_MAYA} contactName="Maya Okafor" onChanged={onChanged} />,
  );
  return { root, onChanged };
}

describe('ActivityPanel', () => {
  it("shows this person's open follow-ups with their actions", async () => {
    const { root, onChanged } = await panel();
    const row = root.querySelector('[data-testid="follow-up"]') as HTMLElement;
    expect(text(row)).toContain('Send a thank-you note');
    expect(text(row)).toContain('22 hours left');
    await click(button(row, 'Mark sent'));
    expect(calls('ui:logInteraction')).toEqual([
      { contactUrl: URL_MAYA, kind: 'thank-you-sent', at: expect.any(Number) },
    ]);
    expect(onChanged).toHaveBeenCalled();
  });

  it('shows the latest interactions, with captured text as text only', async () => {
    const { root } = await panel();
    const latest = root.querySelector('ul.timeline') as HTMLElement;
    expect(text(latest)).toContain('Meeting scheduled');
    expect(text(latest)).toContain('<img src=x onerror="alert(1)"> Ask about research ops');
    expect(root.querySelector('img')).toBeNull();
  });

  it('logs a meeting scheduled with its date, length and place', async () => {
    const { root, onChanged } = await panel();
    await click(button(root, 'Meeting scheduled'));
    const f = form(root);
    expect(f.getAttribute('aria-label')).toBe('Log: Meeting scheduled');
    await type(field(f, 'Date and time'), '2031-04-02T15:30');
    await type(field(f, 'Length (minutes)'), '45');
    await type(field(f, 'Place or channel (optional)'), 'Café Nero');
    await submit(f);
    expect(calls('ui:logInteraction')).toEqual([
      {
        contactUrl: URL_MAYA,
        kind: 'meeting-scheduled',
        at: expect.any(Number),
        meeting: { startsAt: new Date(2031, 3, 2, 15, 30).getTime(), minutes: 45, where: 'Café Nero' },
      },
    ]);
    expect(onChanged).toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Logged: Meeting scheduled.');
    expect(form(root)).toBeUndefined();
  });

  it('keeps everything typed when the save fails, and says why', async () => {
    handlers['ui:logInteraction'] = () => {
      throw new Error('Rapport could not save that');
    };
    const { root, onChanged } = await panel();
    await click(button(root, 'Note'));
    await type(field(form(root), 'Note'), 'She suggested the Nielsen Norman reports');
    await submit(form(root));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Rapport could not save that');
    expect(field<HTMLTextAreaElement>(form(root), 'Note').value).toBe(
      'She suggested the Nielsen Norman reports',
    );
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('keeps a half-written form while the user looks at another', async () => {
    const { root } = await panel();
    await click(button(root, 'Note'));
    await type(field(form(root), 'Note'), 'Half a thought');
    await click(button(root, 'Outreach sent'));
    expect(form(root).getAttribute('aria-label')).toBe('Log: Outreach sent');
    await click(button(root, 'Note'));
    expect(field<HTMLTextAreaElement>(form(root), 'Note').value).toBe('Half a thought');
  });

  it('asks for what a note needs before sending anything', async () => {
    const { root } = await panel();
    await click(button(root, 'Note'));
    await submit(form(root));
    expect(text(form(root))).toContain('Write the note.');
    expect(calls('ui:logInteraction')).toEqual([]);
  });

  it('links a meeting held to the meeting that was planned', async () => {
    const { root } = await panel();
    await click(button(root, 'Meeting held'));
    const choice = field<HTMLSelectElement>(form(root), 'Which planned meeting was this?');
    expect(choice.value).toBe('s1');
    await type(
      field(form(root), 'What did you learn? (kept in your journal)'),
      'Start with a portfolio review',
    );
    await submit(form(root));
    expect(calls('ui:logInteraction')).toEqual([
      {
        contactUrl: URL_MAYA,
        kind: 'meeting-held',
        at: expect.any(Number),
        scheduledId: 's1',
        note: 'Start with a portfolio review',
      },
    ]);
  });

  it('logs a referral with a LinkedIn address, and refuses any other address', async () => {
    const { root } = await panel();
    await click(button(root, 'Referral made'));
    await type(field(form(root), 'Who did they suggest?'), 'Priya Shah');
    await type(field(form(root), 'Their LinkedIn address (optional)'), 'https://example.com/priya');
    await submit(form(root));
    expect(text(form(root))).toContain('Use a LinkedIn profile address');
    expect(calls('ui:logInteraction')).toEqual([]);
    await type(
      field(form(root), 'Their LinkedIn address (optional)'),
      'https://uk.linkedin.com/in/Priya-Shah?trk=x',
    );
    await submit(form(root));
    expect(calls('ui:logInteraction')).toEqual([
      {
        contactUrl: URL_MAYA,
        kind: 'referral-made',
        at: expect.any(Number),
        referral: { name: 'Priya Shah', url: 'https://www.linkedin.com/in/priya-shah/' },
      },
    ]);
  });

  it('adds an action item due on the chosen morning', async () => {
    const { root } = await panel();
    await click(button(root, 'Add action item'));
    await type(field(form(root), 'What will you do?'), 'Send my portfolio');
    await type(field(form(root), 'Due date'), '2031-04-04');
    await submit(form(root));
    expect(calls('ui:saveActionItem')).toEqual([
      { contactUrl: URL_MAYA, title: 'Send my portfolio', dueAt: new Date(2031, 3, 4, 9).getTime() },
    ]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Action item added.');
  });

  it('saves an upcoming meeting to the calendar as an .ics file', async () => {
    interactions[0] = {
      ...(interactions[0] as Interaction),
      meeting: { startsAt: Date.now() + 48 * HOUR, minutes: 30, where: 'Zoom' },
    };
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:rapport/1';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toMatch(/^meeting-maya-okafor-\d{4}-\d{2}-\d{2}\.ics$/);
    });
    const { root } = await panel();
    const upcoming = root.querySelector('[data-testid="upcoming-meeting"]') as HTMLElement;
    expect(text(upcoming)).toContain('Zoom');
    await click(button(upcoming, 'Save to calendar (.ics)'));
    await vi.waitFor(() => expect(clicked).toHaveBeenCalled());
    const ics = await (blobs[0] as Blob).text();
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('SUMMARY:Informational interview with Maya Okafor');
    expect(ics).toContain('LOCATION:Zoom');
  });
});
