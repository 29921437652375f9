/**
 * The net under every sentence Rapport writes for the user. Each invented user (several kinds of My
 * profile) is paired with every profile Rapport can read: the invented pages in tests/fixtures/linkedin
 * and the real saved pages next to the repository, each read with the project's own extractor. For
 * each pair, every suggested question and every shipped template is generated and held to the style
 * guide, and each question's premise is read back against the profile it was built from.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../src/capture/extract';
import { findCommonGround } from '../../src/core/common-ground/common-ground';
import { parsePlace } from '../../src/core/profile/places';
import { suggestQuestions } from '../../src/core/questions/questions';
import { DEFAULT_TEMPLATES } from '../../src/core/templates/default-templates';
import {
  CONNECTION_NOTE_LIMIT,
  fillLinkedIn,
  linkedInLength,
} from '../../src/core/templates/linkedin-templates';
import { checkHook, checkQuestion, checkText, type StyleProblem } from '../../src/core/templates/style-guide';
import { buildTemplateValues } from '../../src/core/templates/template-values';
import { renderTemplate } from '../../src/core/templates/templates';
import type { ProfileSnapshot } from '../../src/shared/profile';
import { DEFAULT_CALL_MINUTES, type MyProfile } from '../../src/shared/settings';
import { FIXTURES, loadPage } from '../fixtures/linkedin/load-page';
import { sam } from '../fixtures/sam-rivera';
import { me as emptyMe, NOW } from '../support/prepare-fixtures';
import { premiseProblems } from '../support/question-premises';

const SHARED_PAGES = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../shared/fixtures/linkedin',
);

function pagesIn(folder: string): { id: string; profile: ProfileSnapshot }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const page = loadPage(join(folder, file));
      try {
        return { id: file.slice(0, -5), profile: extractProfile(page.document, '').profile };
      } finally {
        void page.close();
      }
    })
    .filter(({ profile }) => profile.name.trim() !== '');
}

const invented = pagesIn(FIXTURES);
const real = pagesIn(SHARED_PAGES);

/** Invented users: each stresses a different part of the text. */
const USERS: Record<string, MyProfile> = {
  'a career changer with every field filled': sam({ callMinutes: 15, signature: 'Sam' }).me,
  'a title-cased target, obstacles typed as fragments': {
    ...sam().me,
    targetField: 'Backend Engineering',
    targetRole: 'Junior Backend Engineer',
    obstacles: [
      'not sure how to get past resume screens',
      'No portfolio yet',
      "I don't have a CS degree",
      'Networking',
      'get past resume screens',
      'Visa sponsorship?',
      'finding it hard to get interviews.',
    ],
    callMinutes: 20,
  },
  'someone who shares schools, campuses and employers with the real pages': {
    ...emptyMe({ name: 'Alex Kim' }),
    situation: 'a physics graduate looking at software roles',
    targetField: 'software engineering',
    targetRole: 'Software Engineer',
    education: [
      { school: "Queen's University", field: 'Physics', start: '2014', end: '2018' },
      { school: 'University of Nebraska', start: '2010', end: '2014' },
      { school: 'University of Illinois', start: '2016', end: '2018' },
      { school: 'KTH Royal Institute of Technology' },
    ],
    experience: [{ title: 'Intern', company: 'LinkedIn', start: '2015', end: '2016' }],
    volunteering: [{ organization: 'Best Buddies Canada' }],
    skills: ['Git', 'Python', 'JavaScript', 'Communication'],
    languages: ['English', 'Spanish'],
    obstacles: ['I’m not technical enough yet'],
  },
  'a user with only a name': emptyMe({ name: 'Jo' }),
};

interface Found {
  where: string;
  text: string;
  problems: (StyleProblem | string)[];
}

/** A location as the questions name it: "Berkeley, CA" is also "the United States". */
function placeNames(location: string | undefined): string[] {
  const place = parsePlace(location);
  return [location ?? '', place?.country?.name ?? '', place?.region?.name ?? '', place?.city ?? ''];
}

function namesIn(me: MyProfile, them: ProfileSnapshot): string[] {
  const profiles = [me, them];
  return [
    me.name,
    me.situation,
    me.signature,
    ...me.obstacles,
    them.name,
    ...placeNames(them.location),
    'Sam Lee',
    ...profiles.flatMap((p) => [
      ...p.experience.flatMap((position) => [position.company, ...placeNames(position.location)]),
      ...p.education.map((study) => study.school),
      ...p.volunteering.map((role) => role.organization),
      ...p.certifications.flatMap((c) => [c.name, c.issuer ?? '']),
      ...p.languages,
    ]),
  ];
}

function problemsFor(user: MyProfile, them: ProfileSnapshot): Found[] {
  const found: Found[] = [];
  const properNames = namesIn(user, them);
  const commonGround = findCommonGround(user, them, { now: NOW });
  const hook = checkHook(commonGround);
  if (hook.length) found.push({ where: 'hook', text: '', problems: hook });
  for (const question of suggestQuestions(user, them, { now: NOW, commonGround })) {
    const problems = [
      ...checkQuestion(question.text, { properNames }),
      ...premiseProblems(question.text, them),
    ];
    if (problems.length) found.push({ where: question.id, text: question.text, problems });
  }
  const minutes = user.callMinutes ?? DEFAULT_CALL_MINUTES;
  for (const referrer of [undefined, { name: 'Sam Lee' }]) {
    const values = buildTemplateValues({ me: user, them, commonGround, ...(referrer && { referrer }) });
    const extras = [
      {},
      { 'meeting.point': 'how research teams earn trust', 'update.news': 'I got an interview' },
    ];
    for (const extra of extras) {
      for (const template of DEFAULT_TEMPLATES) {
        const filled = { ...values, ...extra };
        const { subject, body } = renderTemplate(template, filled);
        const text =
          template.kind === 'connection-note' ? fillLinkedIn(template, filled) : `${subject}\n${body}`;
        const problems: (StyleProblem | string)[] = checkText(text, { properNames, minutes, commonGround });
        if (template.kind === 'connection-note' && linkedInLength(text) > CONNECTION_NOTE_LIMIT)
          problems.push(`over LinkedIn’s ${CONNECTION_NOTE_LIMIT} characters`);
        if (problems.length) found.push({ where: template.id, text, problems });
      }
    }
  }
  return found;
}

describe('generated text over every user × every profile Rapport can read', () => {
  it('has profiles to read', () => {
    expect(invented.length).toBeGreaterThanOrEqual(10);
    if (existsSync(SHARED_PAGES) || process.env.CI) expect(real.length).toBeGreaterThanOrEqual(12);
  });

  const pages = [
    ...invented.map((page) => ({ ...page, id: `invented ${page.id}` })),
    ...real.map((page) => ({ ...page, id: `real ${page.id}` })),
  ];
  describe.each(Object.entries(USERS))('%s', (_user, user) => {
    it.each(pages.map((page) => [page.id, page.profile] as const))(
      'meets the style guide and rests on true premises: %s',
      (_id, them) => {
        expect(problemsFor(user, them)).toEqual([]);
      },
    );
  });
});
