import { describe, expect, it } from 'vitest';
import { routerOverFreshDb } from '../../tests/support/router-over-fresh-db';
import type { SenderInfo } from './router';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const DAY = 24 * 3600_000;
const NOW = new Date(2026, 2, 10, 9, 0).getTime();
const ADA = 'https://www.linkedin.com/in/ada-okoro/';
const options: SenderInfo = { id: EXT, url: `chrome-extension://${EXT}/src/options/index.html` };

const setup = () => routerOverFreshDb({ now: () => NOW });

describe('ui:listUpcoming', () => {
  it('lists what is due today and in the days asked for, not beyond', async () => {
    const { route } = setup();
    await route({ type: 'ui:addContact', data: { url: ADA, name: 'Ada Okoro' } }, options);
    for (const [title, days] of [
      ['Send the deck', 0],
      ['Ask about the team', 3],
      ['Far away', 20],
    ] as const) {
      const reply = await route(
        { type: 'ui:saveActionItem', data: { contactUrl: ADA, title, dueAt: NOW + days * DAY + 3600_000 } },
        options,
      );
      expect(reply.ok).toBe(true);
    }
    const reply = await route({ type: 'ui:listUpcoming', data: { days: 14 } }, options);
    expect(reply.ok).toBe(true);
    const items = reply.ok ? (reply.result as { followUp: { title: string }; contactName: string }[]) : [];
    expect(items.map((i) => i.followUp.title)).toEqual(['Send the deck', 'Ask about the team']);
    expect(items[0]?.contactName).toBe('Ada Okoro');
  });

  it.each([
    ['no days', {}],
    ['too many days', { days: 61 }],
    ['a fraction', { days: 1.5 }],
    ['extra fields', { days: 3, all: true }],
  ])('refuses %s', async (_, data) => {
    const { route } = setup();
    const reply = await route({ type: 'ui:listUpcoming', data }, options);
    expect(reply.ok).toBe(false);
  });

  it('refuses a sender that is not one of Rapport’s pages', async () => {
    const { route } = setup();
    const reply = await route(
      { type: 'ui:listUpcoming', data: { days: 3 } },
      { id: EXT, url: 'https://www.linkedin.com/in/x/', tabId: 3 },
    );
    expect(reply).toEqual({ ok: false, error: 'Sender may not send ui:listUpcoming' });
  });
});
