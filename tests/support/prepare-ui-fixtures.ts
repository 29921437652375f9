// The demo person and a user who shares an employer and a school with her, for the prepare tests.
import { act } from 'preact/test-utils';
import { DEFAULT_TEMPLATES } from '../../src/core/templates/default-templates';
import { newContact } from '../../src/db/new-contact';
import type { Contact } from '../../src/shared/contact';
import type { ProfileSnapshot } from '../../src/shared/profile';
import type { ContactView } from '../../src/shared/protocol';
import type { Template } from '../../src/shared/template';
import demo from '../fixtures/linkedin/demo-profile.expected.json';
import { sam } from '../fixtures/sam-rivera';
import { settle } from './test-dom';

export const MAYA_URL = 'https://www.linkedin.com/in/demo-maya-okafor/';

export function maya(overrides: Partial<Contact> = {}): ContactView {
  const profile = demo.profile as ProfileSnapshot;
  return {
    contact: newContact({ ...profile, url: MAYA_URL, name: 'Maya Okafor' }, Date.now(), overrides),
    snapshotCount: 1,
  };
}

export { sam };

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
