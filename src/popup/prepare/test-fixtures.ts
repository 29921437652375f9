// The demo person and a user who shares an employer and a school with her, for the prepare tests.
import { act } from 'preact/test-utils';
import demo from '../../../tests/fixtures/linkedin/demo-profile.expected.json';
import { DEFAULT_TEMPLATES } from '../../core/default-templates';
import type { Contact } from '../../shared/contact';
import type { ProfileSnapshot } from '../../shared/profile';
import type { ContactView } from '../../shared/protocol';
import { defaultSettings, type Settings } from '../../shared/settings';
import type { Template } from '../../shared/template';
import { settle } from '../../shared/ui/test-dom';

export const MAYA_URL = 'https://www.linkedin.com/in/demo-maya-okafor/';

export function maya(overrides: Partial<Contact> = {}): ContactView {
  const now = Date.now();
  return {
    contact: {
      url: MAYA_URL,
      name: 'Maya Okafor',
      profile: demo.profile as ProfileSnapshot,
      firstSavedAt: now,
      capturedAt: now,
      updatedAt: now,
      stage: 'to-contact',
      followUps: [],
      tags: [],
      jobChanges: [],
      ...overrides,
    },
    snapshotCount: 1,
  };
}

export function sam(overrides: Partial<Settings['me']> = {}, questionBank: string[] = []): Settings {
  const settings = defaultSettings();
  return {
    ...settings,
    questionBank,
    me: {
      ...settings.me,
      name: 'Sam Rivera',
      situation: 'a psychology graduate moving into UX research',
      targetField: 'UX research',
      targetRole: 'Junior UX researcher',
      education: [{ school: 'University of Leeds', field: 'Psychology', start: '2015', end: '2018' }],
      experience: [
        { title: 'Research assistant', company: 'Northwind Health', start: '2018-01', end: '2021-06' },
      ],
      languages: ['English', 'French'],
      skills: ['User Research', 'Usability Testing'],
      volunteering: [{ organization: 'Open Research Circle' }],
      ...overrides,
    },
  };
}

export const TEMPLATES: Template[] = [
  ...DEFAULT_TEMPLATES,
  {
    id: 'custom-short',
    name: 'Short and direct',
    kind: 'custom',
    subject: 'Quick question, {{them.firstName}}',
    body: 'Hi {{them.firstName}},\n{{me.name}} here.',
    builtIn: false,
    updatedAt: 1,
  },
];

/** Opens a disclosure as a click on its summary does. */
export async function openDisclosure(details: HTMLDetailsElement): Promise<void> {
  await act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
  await untilLoaded(details);
}

/** Waits while a disclosure's code is still loading (it is loaded when first opened). */
export async function untilLoaded(root: Element): Promise<void> {
  await settle();
  for (let tries = 0; tries < 100 && root.textContent?.includes('Loading…'); tries++) await settle();
}
