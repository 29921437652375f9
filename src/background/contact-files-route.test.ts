import { describe, expect, it } from 'vitest';
import { routerOverFreshDb } from '../../tests/support/router-over-fresh-db';
import { readCsv } from '../core/csv/read-csv';
import type { ContactsFile } from '../shared/protocol';
import type { SenderInfo } from './router';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const NOW = Date.UTC(2026, 2, 10, 9);
const ADA = 'https://www.linkedin.com/in/ada-okoro/';
const LEO = 'https://www.linkedin.com/in/leo-park/';
const options: SenderInfo = { id: EXT, url: `chrome-extension://${EXT}/src/options/index.html` };

const setup = () => routerOverFreshDb({ now: () => NOW });

describe('ui:importConnections', () => {
  it('saves new people as to contact, and fills only a missing email for someone already saved', async () => {
    const { db, route } = setup();
    await route({ type: 'ui:addContact', data: { url: ADA, name: 'Ada Okoro' } }, options);
    const reply = await route(
      {
        type: 'ui:importConnections',
        data: {
          connections: [
            { url: 'https://www.linkedin.com/in/ada-okoro', name: 'Ada O.', email: 'ada@example.org' },
            {
              url: LEO,
              name: 'Leo Park',
              company: 'Northwind',
              position: 'Designer',
              connectedOn: '02 Jan 2024',
            },
            { url: 'https://example.org/leo', name: 'Not LinkedIn' },
          ],
        },
      },
      options,
    );
    expect(reply).toEqual({ ok: true, result: { added: 1, alreadySaved: 1, emailsAdded: 1, skipped: 1 } });
    const ada = await db.contacts.get(ADA);
    expect(ada?.name).toBe('Ada Okoro');
    expect(ada?.email).toBe('ada@example.org');
    const leo = await db.contacts.get(LEO);
    expect(leo?.stage).toBe('to-contact');
    expect(leo?.profile.experience).toEqual([{ title: 'Designer', company: 'Northwind' }]);
    const found = await route({ type: 'ui:listContacts', data: { limit: 10, query: 'northwind' } }, options);
    expect(found.ok && (found.result as { url: string }[]).map((c) => c.url)).toEqual([LEO]);
  });

  it.each([
    ['a row without a name', { connections: [{ url: LEO, name: '' }] }],
    ['a script address', { connections: [{ url: 'javascript:alert(1)', name: 'X' }] }],
    ['an unknown field', { connections: [{ url: LEO, name: 'Leo', notes: 'x' }] }],
    ['not a list', { connections: 'Leo' }],
  ])('refuses %s and writes nothing', async (_, data) => {
    const { db, route } = setup();
    const reply = await route({ type: 'ui:importConnections', data }, options);
    expect(reply.ok).toBe(false);
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('ui:exportContacts', () => {
  it('writes every contact as CSV or as vCards', async () => {
    const { route } = setup();
    await route({ type: 'ui:addContact', data: { url: LEO, name: 'Leo Park' } }, options);
    await route({ type: 'ui:addContact', data: { url: ADA, name: 'Ada Okoro' } }, options);
    const csv = await route({ type: 'ui:exportContacts', data: { format: 'csv' } }, options);
    const file = csv.ok ? (csv.result as ContactsFile) : undefined;
    expect(file?.fileName).toBe('rapport-contacts-2026-03-10.csv');
    expect(readCsv(file?.text ?? '').rows.map((r) => r[0])).toEqual(['Ada Okoro', 'Leo Park']);
    const vcf = await route({ type: 'ui:exportContacts', data: { format: 'vcard' } }, options);
    const cards = vcf.ok ? (vcf.result as ContactsFile) : undefined;
    expect(cards?.mediaType).toBe('text/vcard');
    expect(cards?.text.match(/BEGIN:VCARD\r\nVERSION:4.0/g)).toHaveLength(2);
    expect((await route({ type: 'ui:exportContacts', data: { format: 'xlsx' } }, options)).ok).toBe(false);
  });
});
