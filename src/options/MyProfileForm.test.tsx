// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sam } from '../../tests/fixtures/sam-rivera';
import { button, click, field, mount, settle, type, unmountAll } from '../../tests/support/test-dom';
import type { Settings } from '../shared/settings';
import { send } from '../ui/messages';
import { MyProfileForm } from './MyProfileForm';
import { fromDraft, toDraft } from './my-profile-draft';

vi.mock('../ui/messages', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

beforeEach(() => {
  sendMock.mockReset();
  sendMock.mockImplementation(async (kind: string, data: unknown) => {
    if (kind === 'ui:saveSettings') return (data as { settings: Settings }).settings;
    throw new Error(`unexpected ${kind}`);
  });
});
afterEach(() => unmountAll());

describe('My profile: the call length every template asks for', () => {
  it('offers 15 or 20 minutes, 20 until chosen, and saves the choice', async () => {
    const onSaved = vi.fn();
    const root = await mount(<MyProfileForm settings={sam()} onSaved={onSaved} />);
    const length = field<HTMLSelectElement>(root, /^How long a call you ask for/);
    expect(length.value).toBe('20');
    expect([...length.options].map((option) => option.textContent)).toEqual(['15 minutes', '20 minutes']);
    await type(length, '15');
    await click(button(root, 'Save my profile'));
    await settle();
    const saved = sendMock.mock.calls.find(([kind]) => kind === 'ui:saveSettings')?.[1] as {
      settings: Settings;
    };
    expect(saved.settings.me.callMinutes).toBe(15);
  });

  it('keeps the choice through the form’s draft', () => {
    const me = { ...sam().me, callMinutes: 15 as const };
    expect(fromDraft(toDraft(me)).callMinutes).toBe(15);
    expect(fromDraft(toDraft(sam().me)).callMinutes).toBeUndefined();
  });
});
