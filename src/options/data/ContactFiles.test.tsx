// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, click, mount, settle, unmountAll } from '../../../tests/support/test-dom';
import { send } from '../../ui/messages';
import { ContactFiles } from './ContactFiles';

vi.mock('../../ui/messages', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

const CONNECTIONS = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Maya,Okafor,https://www.linkedin.com/in/demo-maya-okafor,,Brightwater Labs,UX Research Lead,15 Mar 2023',
  'No,Address,,,Acme,,01 Jan 2020',
].join('\n');

beforeEach(() => {
  sendMock.mockReset();
  sendMock.mockImplementation(async (type: string) => {
    if (type === 'ui:importConnections') return { added: 1, alreadySaved: 0, emailsAdded: 0, skipped: 0 };
    throw new Error(`unexpected ${type}`);
  });
});
afterEach(unmountAll);

async function pick(root: Element, name: string, text: string) {
  const input = root.querySelector('#connections-file') as HTMLInputElement;
  const file = new File([text], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  for (let i = 0; i < 10; i++) await settle();
}

describe('ContactFiles', () => {
  it('previews a Connections.csv and adds its people only when asked', async () => {
    const root = await mount(<ContactFiles />);
    await pick(root, 'Connections.csv', CONNECTIONS);
    const dialog = root.querySelector('[role="alertdialog"]') as HTMLElement;
    expect(dialog.textContent).toContain('lists 1 person (and 1 without a profile address');
    expect(dialog.textContent).toContain('Maya Okafor · UX Research Lead at Brightwater Labs');
    expect(sendMock).not.toHaveBeenCalled();
    await click(button(dialog, 'Add 1 person'));
    expect(sendMock.mock.calls[0]).toEqual([
      'ui:importConnections',
      {
        connections: [
          {
            url: 'https://www.linkedin.com/in/demo-maya-okafor/',
            name: 'Maya Okafor',
            company: 'Brightwater Labs',
            position: 'UX Research Lead',
            connectedOn: '15 Mar 2023',
          },
        ],
      },
    ]);
    expect(root.textContent).toContain('Added 1 person to contact.');
  });

  it('says so when the file is not Connections.csv', async () => {
    const root = await mount(<ContactFiles />);
    await pick(root, 'other.csv', 'Name,Email\nMaya,maya@example.org');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('is not LinkedIn');
  });
});
