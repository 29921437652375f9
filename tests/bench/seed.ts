import { computeFollowUps, effectiveDueAt, nextDueAt } from '../../src/core/follow-ups/follow-ups';
import { deriveStage } from '../../src/core/follow-ups/stage';
import type { DueQueueRow, RapportDb } from '../../src/db/database';
import type { Contact } from '../../src/shared/contact';
import type { Interaction, InteractionKind } from '../../src/shared/interaction';
import { emptyProfile } from '../../src/shared/profile';
import { defaultSettings } from '../../src/shared/settings';

const DAY = 24 * 3600_000;
const KINDS: InteractionKind[] = [
  'outreach-sent',
  'reply-received',
  'meeting-scheduled',
  'meeting-held',
  'thank-you-sent',
  'note',
  'update-sent',
  'check-in',
];

/** A deterministic pseudo-random sequence, so every run seeds the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Fills a database with `contacts` people and `interactionsPerContact` interactions each, with their
 * derived fields computed as Rapport would. `dueShare` of the people were last in touch long ago, so a
 * check-in is due for them; the others were in touch within the last 80 days.
 */
export async function seedDatabase(
  db: RapportDb,
  contacts: number,
  interactionsPerContact: number,
  dueShare: number,
  now: number,
  { searchable = false }: { searchable?: boolean } = {},
) {
  const rand = random(42);
  const pick = (list: readonly string[]) => list[Math.floor(rand() * list.length)] ?? '';
  const rules = defaultSettings().followUps;
  const people: Contact[] = [];
  const all: Interaction[] = [];
  const queue: DueQueueRow[] = [];
  for (let c = 0; c < contacts; c++) {
    const url = `https://www.linkedin.com/in/bench-person-${c}/`;
    const interactions: Interaction[] = [];
    let at = now - DAY * (rand() < dueShare ? 100 + 600 * rand() : 80 * rand());
    for (let i = interactionsPerContact - 1; i >= 0; i--) {
      const note = searchable ? `${pick(ADVICE)} ${pick(ADVICE)} ${pick(WORDS)} ${pick(WORDS)}` : undefined;
      interactions.push({
        id: `${c}-${i}`,
        contactUrl: url,
        kind: KINDS[i % KINDS.length] ?? 'note',
        at,
        ...(note ? { note } : {}),
      });
      at -= 30 * DAY * rand();
    }
    const followUps = computeFollowUps({ contact: { url }, interactions, records: [], settings: rules, now });
    const next = nextDueAt(followUps);
    const profile = {
      ...emptyProfile(url, searchable ? `${pick(FIRST)} ${pick(LAST)}` : `Bench Person ${c}`),
      headline: `Role ${c % 97} at Company ${c % 53}`,
      ...(searchable ? searchableProfile(pick, c) : {}),
    };
    people.push({
      url,
      name: profile.name,
      profile,
      firstSavedAt: now - 800 * DAY,
      capturedAt: now - DAY * (c % 300),
      updatedAt: now - 60_000 * c,
      stage: deriveStage(interactions),
      followUps,
      ...(next !== undefined ? { nextDueAt: next } : {}),
      tags: [],
      jobChanges: [],
    });
    all.push(...interactions);
    for (const followUp of followUps) {
      queue.push({
        id: followUp.id,
        contactUrl: url,
        contactName: profile.name,
        dueAt: effectiveDueAt(followUp),
        followUp,
      });
    }
  }
  await db.transaction('rw', db.contacts, db.interactions, db.dueQueue, async () => {
    await db.contacts.bulkAdd(people);
    await db.interactions.bulkAdd(all);
    await db.dueQueue.bulkAdd(queue);
  });
  return {
    contacts: people.length,
    interactions: all.length,
    due: people.filter((p) => (p.nextDueAt ?? Infinity) <= now).length,
  };
}

// Invented words for a searchable database: names, employers, schools, skills and advice people give.
const FIRST = [
  'Maya',
  'Leo',
  'Priya',
  'Sam',
  'Ana',
  'Jonas',
  'Chloé',
  'Tomás',
  'Ines',
  'Kenji',
  'Noor',
  'Elif',
];
const LAST = ['Okafor', 'Park', 'Raman', 'Rivera', 'Müller', 'Dubois', 'Silva', 'Rossi', 'Jansen', 'Novak'];
const ORGS = [
  'Brightwater Labs',
  'Northwind Health',
  'Lumen Labs',
  'Acme Analytics',
  'Harbor Bank',
  'Fable Games',
];
const SCHOOLS = [
  'University of Leeds',
  'Universität Zürich',
  'Sciences Po',
  'Politecnico di Milano',
  'TU Delft',
];
const SKILLS = ['User Research', 'Usability Testing', 'Survey Design', 'Figma', 'SQL', 'Interviewing'];
const PLACES = ['London', 'Leeds', 'Zürich', 'Paris', 'Milan', 'Amsterdam', 'Lisbon'];
const ADVICE = ['Build a portfolio', 'Ask about research ops', 'Try a diary study', 'Join the meetup'];
const WORDS = ['mentoring', 'hiring', 'fintech', 'healthcare', 'onboarding', 'accessibility', 'strategy'];

function searchableProfile(pick: (list: readonly string[]) => string, c: number) {
  return {
    location: pick(PLACES),
    experience: [
      { title: `Researcher ${c % 7}`, company: pick(ORGS), location: pick(PLACES) },
      { title: 'Analyst', company: pick(ORGS) },
    ],
    education: [{ school: pick(SCHOOLS), field: 'Psychology' }],
    skills: [pick(SKILLS), pick(SKILLS), pick(SKILLS)],
  };
}
