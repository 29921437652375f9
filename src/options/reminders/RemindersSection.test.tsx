// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  button,
  click,
  field,
  mount,
  submit,
  text,
  type,
  unmountAll,
  unmountKeepingDrafts,
} from '../../../tests/support/test-dom';
import { defaultSettings, type Settings } from '../../shared/settings';
import { send } from '../../ui/messages';
import { RemindersSection } from './RemindersSection';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

let settings: Settings;

beforeEach(() => {
  settings = defaultSettings();
  settings.me.name = 'Sam Rivera';
  sendMock.mockReset();
  sendMock.mockImplementation(async (_type: string, data: { settings: Settings }) => data.settings);
});

afterEach(() => unmountAll());

const form = (root: Element) => root.querySelector('form') as HTMLFormElement;

describe('RemindersSection', () => {
  it('shows the current numbers and notification choices', async () => {
    const root = await mount(<RemindersSection settings={settings} onSaved={vi.fn()} />);
    expect(field(root, 'Thank-you due within').value).toBe('24');
    expect(field(root, 'Nudges before letting it go').value).toBe('2');
    expect(field(root, 'Check in every').value).toBe('90');
    expect(field(root, 'Quiet from').value).toBe('21:00');
    expect(field(root, 'Quiet from').disabled).toBe(true);
    expect(button(root, 'Save reminders').disabled).toBe(true);
  });

  it('saves the whole settings with only the reminders changed', async () => {
    const onSaved = vi.fn();
    const root = await mount(<RemindersSection settings={settings} onSaved={onSaved} />);
    await type(field(root, 'Nudge when there is no reply after'), '10');
    await type(field(root, 'Thank-you due within'), '36.5');
    await click(field(root, /Quiet hours/));
    await type(field(root, 'Quiet until'), '07:30');
    expect(text(root)).toContain('Unsaved changes');
    await submit(form(root));
    const sent = sendMock.mock.calls[0]?.[1] as { settings: Settings };
    expect(sendMock.mock.calls[0]?.[0]).toBe('ui:saveSettings');
    expect(sent.settings.me.name).toBe('Sam Rivera');
    expect(sent.settings.followUps).toEqual({
      ...settings.followUps,
      replyNudgeDays: 10,
      thankYouHours: 36.5,
    });
    expect(sent.settings.notifications).toEqual({
      enabled: true,
      quietHours: { enabled: true, start: '21:00', end: '07:30' },
    });
    expect(onSaved).toHaveBeenCalledWith(sent.settings);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Saved.');
    expect(text(root)).not.toContain('Unsaved changes');
  });

  it('refuses values outside what Rapport accepts, naming each one', async () => {
    const root = await mount(<RemindersSection settings={settings} onSaved={vi.fn()} />);
    await type(field(root, 'Nudges before letting it go'), '1.5');
    await type(field(root, 'Keep them posted after'), '200');
    await type(field(root, 'Check in every'), '');
    await submit(form(root));
    expect(sendMock).not.toHaveBeenCalled();
    expect(text(root)).toContain('Nudges before letting it go: a whole number from 0 to 10.');
    expect(text(root)).toContain('Keep them posted after: a number from 1 to 104.');
    expect(text(root)).toContain('Check in every: a number from 1 to 3650.');
    expect(field(root, 'Keep them posted after').getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('discards changes back to what is saved', async () => {
    const root = await mount(<RemindersSection settings={settings} onSaved={vi.fn()} />);
    await type(field(root, 'Check in every'), '7');
    await click(button(root, 'Discard changes'));
    expect(field(root, 'Check in every').value).toBe('90');
    expect(text(root)).not.toContain('Unsaved changes');
  });

  it('keeps what was typed when the save fails', async () => {
    sendMock.mockRejectedValueOnce(new Error('Invalid ui:saveSettings'));
    const root = await mount(<RemindersSection settings={settings} onSaved={vi.fn()} />);
    await type(field(root, 'Check in every'), '60');
    await submit(form(root));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Invalid ui:saveSettings');
    expect(field(root, 'Check in every').value).toBe('60');
    expect(text(root)).toContain('Unsaved changes');
  });

  it('asks before the page is left with unsaved changes, and keeps them across sections', async () => {
    const root = await mount(<RemindersSection settings={settings} onSaved={vi.fn()} />);
    await type(field(root, 'Check in every'), '45');
    const leaving = new Event('beforeunload', { cancelable: true });
    dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    unmountKeepingDrafts();
    const again = await mount(<RemindersSection settings={settings} onSaved={vi.fn()} />);
    expect(field(again, 'Check in every').value).toBe('45');
    expect(text(again)).toContain('Unsaved changes');
    await submit(form(again));
    unmountAll();
    const saved = await mount(<RemindersSection settings={settings} onSaved={vi.fn()} />);
    expect(text(saved)).not.toContain('Unsaved changes');
  });
});
