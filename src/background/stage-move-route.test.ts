import { describe, expect, it } from 'vitest';
import { routerOverFreshDb } from '../../tests/support/router-over-fresh-db';
import type { SenderInfo } from './router';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const NOW = new Date(2026, 2, 10, 9, 0).getTime();
const ADA = 'https://www.linkedin.com/in/ada-okoro/';
const options: SenderInfo = { id: EXT, url: `chrome-extension://${EXT}/src/options/index.html` };

function setup() {
  let changed = 0;
  const { db, route } = routerOverFreshDb({
    now: () => NOW,
    onDataChanged: () => {
      changed++;
    },
  });
  return { db, route, changes: () => changed };
}

describe('ui:moveToStage', () => {
  it('logs what makes the new stage true, so the stage is derived, and tells the badge', async () => {
    const { db, route, changes } = setup();
    await route({ type: 'ui:addContact', data: { url: ADA, name: 'Ada Okoro' } }, options);
    const before = changes();
    const reply = await route({ type: 'ui:moveToStage', data: { url: ADA, stage: 'thanked' } }, options);
    expect(reply).toEqual({
      ok: true,
      result: { stage: 'thanked', logged: [expect.any(String), expect.any(String)] },
    });
    expect((await db.interactions.toArray()).map((i) => i.kind).sort()).toEqual([
      'meeting-held',
      'thank-you-sent',
    ]);
    expect((await db.contacts.get(ADA))?.stage).toBe('thanked');
    expect(changes()).toBeGreaterThan(before);
  });

  it('refuses a move back and records nothing', async () => {
    const { db, route } = setup();
    await route({ type: 'ui:addContact', data: { url: ADA, name: 'Ada Okoro' } }, options);
    await route({ type: 'ui:moveToStage', data: { url: ADA, stage: 'met' } }, options);
    const reply = await route({ type: 'ui:moveToStage', data: { url: ADA, stage: 'asked' } }, options);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toContain('already met');
    expect(await db.interactions.count()).toBe(1);
  });

  it.each([
    ['an unknown stage', { url: ADA, stage: 'hired' }],
    ['no url', { stage: 'met' }],
    ['a url that is not http', { url: 'javascript:alert(1)', stage: 'met' }],
    ['extra fields', { url: ADA, stage: 'met', kind: 'note' }],
  ])('refuses %s and writes nothing', async (_, data) => {
    const { db, route } = setup();
    await route({ type: 'ui:addContact', data: { url: ADA, name: 'Ada Okoro' } }, options);
    const reply = await route({ type: 'ui:moveToStage', data }, options);
    expect(reply.ok).toBe(false);
    expect(await db.interactions.count()).toBe(0);
  });

  it('refuses a person Rapport does not have', async () => {
    const { route } = setup();
    const reply = await route({ type: 'ui:moveToStage', data: { url: ADA, stage: 'met' } }, options);
    expect(reply.ok).toBe(false);
  });
});
