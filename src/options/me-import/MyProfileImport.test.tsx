// @vitest-environment happy-dom

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import demo from '../../../tests/fixtures/linkedin/demo-profile.expected.json';
import { type FakeHandlers, fakeBackground } from '../../../tests/support/fake-background';
import { button, click, field, mount, settle, text, unmountAll } from '../../../tests/support/test-dom';
import type { CaptureReport, ProfileSnapshot } from '../../shared/profile';
import { defaultSettings, type Settings } from '../../shared/settings';
import { send } from '../../ui/messages';
import { MyProfileImport } from './MyProfileImport';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

let handlers: FakeHandlers;

function settings(): Settings {
  const s = defaultSettings();
  return {
    ...s,
    me: {
      ...s.me,
      name: 'Maya',
      situation: 'Research lead',
      targetField: 'Research leadership',
      obstacles: ['Time'],
      signature: 'M.',
      education: [{ school: 'University of Leeds' }],
      skills: ['User Research'],
    },
  };
}

beforeEach(() => {
  handlers = {
    'ui:readTab': () => ({ profile: demo.profile as ProfileSnapshot, report: demo.report as CaptureReport }),
    'ui:saveSettings': (d) => (d as { settings: Settings }).settings,
  };
  sendMock.mockReset();
  fakeBackground(sendMock, () => handlers);
});

afterEach(() => unmountAll());

const calls = (type: string) => sendMock.mock.calls.filter(([t]) => t === type).map(([, d]) => d);

async function importer() {
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  const root = await mount(
    <MyProfileImport tabId={7} settings={settings()} onSaved={onSaved} onCancel={onCancel} />,
  );
  return { root, onSaved, onCancel };
}

describe('MyProfileImport', () => {
  it('reads the tab and shows the page beside My profile, new items ticked', async () => {
    const { root } = await importer();
    expect(calls('ui:readTab')).toEqual([{ tabId: 7 }]);
    expect(field(root, /^Name: Maya Okafor$/).checked).toBe(false);
    expect(field(root, /^Headline: UX Research Lead/).checked).toBe(true);
    const schools = [...root.querySelectorAll('fieldset')].find((f) =>
      text(f).startsWith('Schools'),
    ) as HTMLElement;
    expect(text(schools)).toContain('(1 new)');
    expect(text(schools)).toContain('(already in My profile)');
    expect(field(schools, /^Lakeside College of Design/).checked).toBe(true);
    expect(text(root)).toContain('In My profile now');
    expect(text(root)).toContain('14 ticked.');
  });

  it('saves the reviewed choice, leaving what only the user can say alone', async () => {
    const { root, onSaved } = await importer();
    await click(field(root, /^Name: Maya Okafor$/));
    await click(field(root, /^Yoruba$/));
    await click(button(root, 'Use these in My profile'));
    const saved = (calls('ui:saveSettings')[0] as { settings: Settings }).settings;
    expect(saved.me.name).toBe('Maya Okafor');
    expect(saved.me.languages).toEqual(['English', 'French']);
    expect(saved.me.education.map((e) => e.school)).toEqual([
      'University of Leeds',
      'Lakeside College of Design',
    ]);
    expect(saved.me.skills).toEqual(['User Research', 'Usability Testing', 'Research Operations']);
    expect([saved.me.situation, saved.me.targetField, saved.me.obstacles, saved.me.signature]).toEqual([
      'Research lead',
      'Research leadership',
      ['Time'],
      'M.',
    ]);
    expect(saved.followUps).toEqual(settings().followUps);
    expect(onSaved).toHaveBeenCalledWith(saved);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved to My profile.');
  });

  it('cancels without saving', async () => {
    const { root, onCancel } = await importer();
    await click(button(root, 'Cancel'));
    expect(onCancel).toHaveBeenCalled();
    expect(calls('ui:saveSettings')).toEqual([]);
  });

  it('says why a page cannot be read, and tries again', async () => {
    handlers['ui:readTab'] = () => {
      throw new Error('That tab is not a LinkedIn profile');
    };
    const { root } = await importer();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Rapport could not read that page: That tab is not a LinkedIn profile',
    );
    handlers['ui:readTab'] = () => ({
      profile: demo.profile as ProfileSnapshot,
      report: demo.report as CaptureReport,
    });
    await click(button(root, 'Try again'));
    await settle();
    expect(text(root)).toContain('Use these in My profile');
  });

  it('says why a save failed and keeps the choice', async () => {
    handlers['ui:saveSettings'] = () => {
      throw new Error('Settings are not valid');
    };
    const { root, onSaved } = await importer();
    await click(button(root, 'Use these in My profile'));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Settings are not valid');
    expect(onSaved).not.toHaveBeenCalled();
    expect(field(root, /^Headline: UX Research Lead/).checked).toBe(true);
  });
});
