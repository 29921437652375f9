import { describe, expect, it } from 'vitest';
import { freshDb, fullReport, profile } from '../../tests/support/test-db';
import { defaultSettings } from '../shared/settings';
import { saveActionItem } from './follow-up-actions';
import { logInteraction } from './interactions';
import { listInterviews, listThemes } from './journal-themes';
import { saveCapture } from './save-capture';

const rules = defaultSettings().followUps;
const T0 = Date.UTC(2026, 2, 1);
const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

describe('listThemes', () => {
  it('finds advice two people gave, across notes and captured advice, with who gave it', async () => {
    const db = freshDb();
    for (const [slug, name] of [
      ['ada-okoro', 'Ada Okoro'],
      ['ben-adeyemi', 'Ben Adeyemi'],
    ] as const) {
      await saveCapture(db, {
        profile: profile(slug, name),
        report: fullReport,
        pageUrl: url(slug),
        now: T0,
      });
    }
    await logInteraction(
      db,
      { contactUrl: url('ada-okoro'), kind: 'meeting-held', at: T0, note: 'Get the AWS cert\nRead widely' },
      rules,
      T0,
    );
    await logInteraction(
      db,
      { contactUrl: url('ada-okoro'), kind: 'note', at: T0 + 1, note: 'AWS certification, again' },
      rules,
      T0,
    );
    expect(await listThemes(db)).toEqual([]);
    await logInteraction(
      db,
      {
        contactUrl: url('ben-adeyemi'),
        kind: 'meeting-held',
        at: T0 + 2,
        advice: ['AWS certified people get hired'],
      },
      rules,
      T0,
    );
    const [theme, ...rest] = await listThemes(db);
    expect(rest).toEqual([]);
    expect(theme?.label).toBe('AWS certification');
    expect(theme?.people.map((p) => p.name)).toEqual(['Ada Okoro', 'Ben Adeyemi']);
    expect(theme?.advice.map((a) => [a.contactName, a.text])).toEqual([
      ['Ada Okoro', 'Get the AWS cert'],
      ['Ada Okoro', 'AWS certification, again'],
      ['Ben Adeyemi', 'AWS certified people get hired'],
    ]);
  });
});

describe('listInterviews', () => {
  it('lists each meeting held with its action items', async () => {
    const db = freshDb();
    await saveCapture(db, {
      profile: profile('ada-okoro', 'Ada Okoro', {
        experience: [{ title: 'Designer', company: 'Monzo', end: 'Present' }],
      }),
      report: fullReport,
      pageUrl: url('ada-okoro'),
      now: T0,
    });
    await logInteraction(
      db,
      { contactUrl: url('ada-okoro'), kind: 'meeting-held', at: T0, advice: ['Show process'] },
      rules,
      T0,
    );
    await saveActionItem(
      db,
      { contactUrl: url('ada-okoro'), title: 'Redo my case study', dueAt: T0 + 1 },
      rules,
      T0 + 1,
    );
    const rows = await listInterviews(db);
    expect(rows.map((r) => [r.name, r.role, r.company, r.advice, r.nextSteps])).toEqual([
      ['Ada Okoro', 'Designer', 'Monzo', ['Show process'], [{ title: 'Redo my case study', status: 'open' }]],
    ]);
  });
});
