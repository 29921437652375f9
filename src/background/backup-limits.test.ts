import { describe, expect, it } from 'vitest';
import { popupPage as popup, routerOverFreshDb } from '../../tests/support/router-over-fresh-db';
import { freshDb, fullReport, profile } from '../../tests/support/test-db';
import { exportDatabase, importDatabase } from '../db/export';
import { saveCapture } from '../db/save-capture';
import { TABLES } from '../db/versions';
import { LIMITS } from '../shared/limits';

const T0 = Date.UTC(2026, 0, 10, 9);
const ADA = 'https://www.linkedin.com/in/ada-okoro/';

/** Export, wipe, import: what Rapport stored must come back, or the backup was worthless. */
async function roundTrip(db: ReturnType<typeof freshDb>) {
  const file = JSON.parse(JSON.stringify(await exportDatabase(db, new Date(T0))));
  await Promise.all(TABLES.map((t) => db.table(t).clear()));
  await importDatabase(db, file, { now: T0 });
  return file;
}

describe('what grows with re-captures is bounded when saving', () => {
  it('keeps the change text of sixty new skills within the limit, and the backup restores', async () => {
    const db = freshDb();
    await saveCapture(db, {
      profile: profile('ada-okoro', 'Ada Okoro'),
      report: fullReport,
      pageUrl: ADA,
      now: T0,
    });
    const skills = Array.from({ length: 60 }, (_, i) => `Skill number ${i} with a long name`);
    const { changes } = await saveCapture(db, {
      profile: profile('ada-okoro', 'Ada Okoro', { skills }),
      report: fullReport,
      pageUrl: `${ADA}details/skills/`,
      now: T0 + 1,
    });
    expect(changes.join('').length).toBeGreaterThan(0);
    for (const line of changes) expect(line.length).toBeLessThanOrEqual(LIMITS.changeText);
    await expect(roundTrip(db)).resolves.toBeDefined();
  });

  it('keeps the newest roles when a page keeps swapping them, and the backup restores', async () => {
    const db = freshDb();
    for (let round = 0; round < 15; round++) {
      const experience = Array.from({ length: LIMITS.experience }, (_, i) => ({
        title: `Role ${round}-${i}`,
        company: `Company ${round}-${i}`,
      }));
      await saveCapture(db, {
        profile: profile('ada-okoro', 'Ada Okoro', { experience }),
        report: fullReport,
        // The main page keeps earlier roles after the ones it shows.
        pageUrl: ADA,
        now: T0 + round,
      });
    }
    const stored = await db.contacts.get(ADA);
    expect(stored?.profile.experience).toHaveLength(LIMITS.experience);
    expect(stored?.profile.experience[0]?.title).toBe('Role 14-0');
    await expect(roundTrip(db)).resolves.toBeDefined();
  });

  it('folds the oldest history past the limit, keeping the first capture', async () => {
    const db = freshDb();
    const captures = LIMITS.snapshotsPerContact + 5;
    for (let i = 0; i < captures; i++) {
      await saveCapture(db, {
        profile: profile('ada-okoro', 'Ada Okoro', { headline: `Headline ${i}` }),
        report: fullReport,
        pageUrl: ADA,
        now: T0 + i,
      });
    }
    const history = await db.snapshots.where('contactUrl').equals(ADA).sortBy('capturedAt');
    expect(history).toHaveLength(LIMITS.snapshotsPerContact);
    expect(history[0]?.capturedAt).toBe(T0);
    expect(history.at(-1)?.capturedAt).toBe(T0 + captures - 1);
  });
});

describe('ids made from a long page address', () => {
  const longUrl = `https://people.example.org/profile/${'a'.repeat(628 - 35)}`;

  it('stay within the id limit, so Done works and the backup restores', async () => {
    expect(longUrl).toHaveLength(628);
    const { db, route } = routerOverFreshDb({ now: () => T0 + 60 * 60 * 1000, isCapturePage: () => false });
    await saveCapture(db, {
      profile: { ...profile('x', 'Pat Long'), url: longUrl },
      report: { ...fullReport, layout: 'any-page' },
      pageUrl: longUrl,
      now: T0,
    });
    const logged = await route(
      {
        type: 'ui:logInteraction',
        data: {
          contactUrl: longUrl,
          kind: 'meeting-held',
          at: T0,
          meeting: { startsAt: T0 - 3_600_000, minutes: 30 },
        },
      },
      popup,
    );
    expect(logged).toMatchObject({ ok: true });
    const due = (await route({ type: 'ui:listDue', data: {} }, popup)) as {
      result: { followUp: { id: string; kind: string } }[];
    };
    const thanks = due.result.find((d) => d.followUp.kind === 'thank-you');
    expect(thanks?.followUp.id.length).toBeLessThanOrEqual(LIMITS.followUpId);
    const done = await route(
      { type: 'ui:actOnFollowUp', data: { id: thanks?.followUp.id, contactUrl: longUrl, action: 'done' } },
      popup,
    );
    expect(done).toEqual({ ok: true, result: { contactUrl: longUrl } });
    await expect(roundTrip(db)).resolves.toBeDefined();
    expect((await db.followUps.toArray()).map((f) => f.status)).toEqual(['done']);
  });
});
