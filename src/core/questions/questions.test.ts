import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { job, me, NOW, person, study } from '../../../tests/support/prepare-fixtures';
import type { ProfileSnapshot } from '../../shared/profile';
import type { MyProfile } from '../../shared/settings';
import { isAnswerableFromProfile } from './answerable-questions';
import {
  MAX_QUESTIONS,
  MIN_QUESTIONS,
  QUESTION_GROUPS,
  type SuggestedQuestion,
  suggestQuestions,
  WHO_ELSE_ID,
} from './questions';

const teacherTurnedResearcher = person({
  location: 'London, England, United Kingdom',
  experience: [
    job('Figma', '2021', 'present', { title: 'Senior UX Researcher', location: 'London, United Kingdom' }),
    job('Escola Viva', '2013', '2020', { title: 'Maths Teacher', location: 'São Paulo, Brazil' }),
  ],
  education: [study('Universidade de São Paulo', '2009', '2012', { field: 'Mathematics' })],
  languages: ['Portuguese', 'English'],
  skills: ['User Research'],
});

const careerChanger = me({
  situation: 'Secondary school teacher moving into UX research',
  targetField: 'UX research',
  targetRole: 'UX Researcher',
  obstacles: ['No portfolio yet', 'I have never worked in tech', 'visa sponsorship', 'Age'],
  experience: [job('Leeds Academy', '2016', 'present', { title: 'Teacher' })],
});

function texts(questions: SuggestedQuestion[]): string {
  return questions.map((question) => question.text).join('\n');
}

describe('suggestQuestions: tailored to their facts', () => {
  it.each<[string, Partial<ProfileSnapshot>, RegExp]>([
    [
      'a move between fields',
      {
        experience: [
          job('Hooli', '2020', 'present', { title: 'Product Manager' }),
          job('Initech', '2014', '2020', { title: 'Software Engineer' }),
        ],
      },
      /What made you move from engineering into product management/,
    ],
    [
      'a long current tenure',
      {
        experience: [
          job('Acme', '2019', 'present', { title: 'Director' }),
          job('Acme Ltd', '2015', '2019', { title: 'Manager' }),
        ],
      },
      /You have been at Acme for more than 10 years\. What has kept you there/,
    ],
    [
      'a long past tenure',
      { experience: [job('Globex', '2022', 'present'), job('Initech', '2012', '2018')] },
      /You spent 7 years at Initech\. What made you stay that long/,
    ],
    [
      'a return to study after working',
      {
        experience: [job('Hooli', '2019', 'present'), job('Deloitte', '2012', '2016', { title: 'Auditor' })],
        education: [
          study('INSEAD', '2017', '2018', { field: 'MBA' }),
          study('University of Leeds', '2008', '2011'),
        ],
      },
      /What made you go back to study for an MBA at INSEAD after working at Deloitte/,
    ],
    [
      'a return to study named without a list of fields',
      {
        experience: [job('Deloitte', '2012', '2016', { title: 'Auditor' })],
        education: [study('INSEAD', '2017', '2018', { field: 'Strategy, Finance, Project Management' })],
      },
      /What made you go back to study at INSEAD after working at Deloitte/,
    ],
    [
      'a return to study in sentence case',
      {
        experience: [job('Deloitte', '2012', '2016', { title: 'Auditor' })],
        education: [study('University of Leeds', '2017', '2018', { field: 'Human Computer Interaction' })],
      },
      /go back to study human computer interaction at the University of Leeds/,
    ],
    [
      'a move to another country',
      {
        location: 'Berlin, Germany',
        experience: [
          job('Zalando', '2020', 'present', { location: 'Berlin' }),
          job('Nubank', '2015', '2020', { location: 'São Paulo, Brazil' }),
        ],
      },
      /What took you from Brazil to Germany/,
    ],
    [
      'a move to another city',
      {
        location: 'Manchester, England, United Kingdom',
        experience: [
          job('Auto Trader', '2021', 'present'),
          job('BBC', '2016', '2021', { location: 'London, England, United Kingdom' }),
        ],
      },
      /What took you from London to Manchester/,
    ],
    [
      'their current title and company',
      { experience: [job('Northwind Health', '2022', 'present', { title: 'Service Designer' })] },
      /What does a typical week look like for you as a service designer at Northwind Health\?/,
    ],
    [
      'a school in common',
      { education: [study('The University of Leeds', '2004', '2007')] },
      /How did your time at the University of Leeds shape where you went next\?/,
    ],
  ])('%s', (_case, profile, expected) => {
    const mine = me({ education: [study('University of Leeds', '2015', '2018')] });
    expect(texts(suggestQuestions(mine, person(profile), { now: NOW }))).toMatch(expected);
  });

  it('asks about the move that leads where the user is going', () => {
    const questions = suggestQuestions(careerChanger, teacherTurnedResearcher, { now: NOW });
    expect(questions.find((question) => question.id === 'their-path/transition')).toMatchObject({
      text: 'What made you move from teaching into UX, and what helped most in making the switch?',
      reason: 'They went from Maths Teacher to Senior UX Researcher',
    });
  });

  it('builds advice questions from the target role and situation', () => {
    const all = texts(suggestQuestions(careerChanger, teacherTurnedResearcher, { now: NOW }));
    expect(all).toContain('What would make someone like me a strong candidate for UX researcher roles?');
    expect(all).toContain('Knowing where I am now (secondary school teacher moving into UX research)');
  });

  it('asks what they do now only when no current role is listed', () => {
    const none = suggestQuestions(me(), person({ experience: [job('Acme', '2010', '2012')] }), { now: NOW });
    expect(texts(none)).toContain('What are you focusing on in your work at the moment?');
    const some = suggestQuestions(me(), teacherTurnedResearcher, { now: NOW });
    expect(texts(some)).not.toContain('What are you focusing on');
  });
});

describe('suggestQuestions: no question on a wrong premise', () => {
  const mine = me({ targetField: 'Backend Engineering' });
  it.each<[string, Partial<ProfileSnapshot>, RegExp]>([
    [
      'a city and the country that contains it',
      {
        location: 'United States',
        experience: [
          job('Acme', '2021', 'present'),
          job('Globex', '2016', '2021', { location: 'Berkeley, CA' }),
        ],
      },
      /What took you from CA to the United States/,
    ],
    [
      'a job title read as a place',
      {
        location: 'Berlin, Germany',
        experience: [
          job('Acme', '2021', 'present'),
          job('Globex', '2016', '2021', { location: 'Infrastructure Management' }),
        ],
      },
      /What took you from Infrastructure Management to Berlin/,
    ],
    [
      'an exchange term read as a field of study',
      {
        experience: [job('Acme', '2010', '2013', { title: 'Consultant' })],
        education: [
          study('Durban Institute of Technology', '2014', '2014', {
            degree: 'Exchange',
            field: 'International Management, Project Management',
          }),
        ],
      },
      /go back to study/,
    ],
    [
      'one multi-part title read as a move',
      {
        experience: [
          job('Acme', '2021', 'present', { title: 'Product Lead – Applied ML | Risk UX' }),
          job('Globex', '2016', '2021', { title: 'Product Manager' }),
        ],
      },
      /move from product management into UX/,
    ],
    ['a field capitalised mid-sentence', {}, /in Backend/],
  ])('%s', (_case, profile, wrong) => {
    expect(texts(suggestQuestions(mine, person(profile), { now: NOW }))).not.toMatch(wrong);
  });

  it('names a multi-part title by its role', () => {
    const them = person({
      experience: [job('Acme', '2021', 'present', { title: 'Product Lead – Applied ML | Risk UX' })],
    });
    expect(texts(suggestQuestions(mine, them, { now: NOW }))).toContain('as a product lead at Acme?');
  });

  it.each([
    ['Leiter Datenplattform', 'Datenwerk GmbH'],
    ['Jefe de proyectos', 'Constructora Andes'],
  ])('does not lower-case a title in another language into an English sentence: %s', (title, company) => {
    const them = person({ experience: [job(company, '2021', 'present', { title })] });
    const text = texts(suggestQuestions(mine, them, { now: NOW }));
    expect(text).toContain(`What does a typical week look like for you at ${company}?`);
    expect(text).not.toContain(title.toLowerCase());
  });
});

describe('suggestQuestions: nothing their profile already answers', () => {
  const questions = suggestQuestions(careerChanger, teacherTurnedResearcher, { now: NOW });

  it.each([
    /where did you (study|go to)/i,
    /what did you study/i,
    /what do you do( now)?\?/i,
    /where do you work/i,
    /languages do you speak/i,
    /where are you based/i,
    /how long have you been/i,
  ])('no question matches %s', (pattern) => {
    expect(texts(questions)).not.toMatch(pattern);
  });

  it('passes the profile check for every question', () => {
    for (const question of questions)
      expect(isAnswerableFromProfile(question.text, teacherTurnedResearcher)).toBe(false);
  });

  it('asks what they studied when their profile lists no education', () => {
    const sparse = suggestQuestions(me(), person(), { now: NOW });
    expect(texts(sparse)).toContain('What did you study, and how much has it mattered in your work?');
  });
});

describe('suggestQuestions: obstacles', () => {
  it('asks about each obstacle, at most three', () => {
    const questions = suggestQuestions(careerChanger, teacherTurnedResearcher, { now: NOW });
    expect(
      questions.filter((question) => question.group === 'my-obstacles').map((question) => question.text),
    ).toEqual([
      'I have no portfolio yet — how much does that matter in UX research, and how would you work around it?',
      'I have never worked in tech — how much does that matter in UX research, and how would you work around it?',
      'One thing holding me back is “visa sponsorship”. What would you do about it in my place?',
    ]);
  });

  it('ignores an obstacle written twice', () => {
    const mine = me({ obstacles: ['Visa sponsorship', 'visa sponsorship.'] });
    const questions = suggestQuestions(mine, person(), { now: NOW });
    expect(questions.filter((question) => question.group === 'my-obstacles')).toHaveLength(1);
  });
});

describe('suggestQuestions: shape', () => {
  it('keeps ids stable across captures and independent of the facts in the text', () => {
    const first = suggestQuestions(careerChanger, teacherTurnedResearcher, { now: NOW });
    const moved = {
      ...teacherTurnedResearcher,
      experience: [
        { ...teacherTurnedResearcher.experience[0]!, company: 'Canva' },
        ...teacherTurnedResearcher.experience.slice(1),
      ],
    };
    const second = suggestQuestions(careerChanger, moved, { now: NOW });
    expect(second.map((question) => question.id)).toEqual(first.map((question) => question.id));
    expect(texts(second)).toContain('at Canva');
  });

  it('keeps the obstacle id when only case and punctuation change', () => {
    const id = (obstacle: string) =>
      suggestQuestions(me({ obstacles: [obstacle] }), person(), { now: NOW }).find(
        (q) => q.group === 'my-obstacles',
      )?.id;
    expect(id('Visa sponsorship')).toBe(id('visa sponsorship.'));
    expect(id('Visa sponsorship')).not.toBe(id('No portfolio'));
  });

  it('lists groups in interview order', () => {
    const groups = suggestQuestions(careerChanger, teacherTurnedResearcher, { now: NOW }).map((q) =>
      QUESTION_GROUPS.indexOf(q.group),
    );
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
  });

  const myProfile = fc.record({
    situation: fc.constantFrom('', 'final-year economics student', 'Nurse moving into health tech'),
    targetField: fc.constantFrom('', 'UX research', 'product management', 'data science'),
    targetRole: fc.constantFrom('', 'Product Manager', 'Data Analyst'),
    obstacles: fc.array(
      fc.oneof(
        fc.constantFrom('No portfolio', 'visa sponsorship', "I'm not technical", 'lack of contacts'),
        fc.string(),
      ),
      { maxLength: 6 },
    ),
  });
  const position = fc.record({
    title: fc.constantFrom('Teacher', 'UX Designer', 'Software Engineer', 'Founder', 'Intern', ''),
    company: fc.constantFrom('Acme', 'Globex', 'Initech', 'University of Leeds', ''),
    start: fc.constantFrom('2005', '2012', '2016-04', '2020', undefined),
    end: fc.constantFrom('2014', '2019', 'present', undefined),
    location: fc.constantFrom('London, United Kingdom', 'Berlin, Germany', undefined),
  });
  const theirProfile = fc.record({
    experience: fc.array(position, { maxLength: 5 }),
    education: fc.array(
      fc.record({
        school: fc.constantFrom('University of Leeds', 'MIT'),
        start: fc.constantFrom('2001', '2018'),
      }),
      { maxLength: 2 },
    ),
    languages: fc.array(fc.constantFrom('English', 'Portuguese'), { maxLength: 2 }),
    location: fc.constantFrom('London', 'Berlin, Germany', undefined),
  });

  it('always gives 8–12 questions with unique ids, who-else included, none answerable from the profile', () => {
    fc.assert(
      fc.property(myProfile, theirProfile, (mine: Partial<MyProfile>, theirs) => {
        const them = person(JSON.parse(JSON.stringify(theirs)) as Partial<ProfileSnapshot>);
        const questions = suggestQuestions(me(mine), them, { now: NOW });
        expect(questions.length).toBeGreaterThanOrEqual(MIN_QUESTIONS);
        expect(questions.length).toBeLessThanOrEqual(MAX_QUESTIONS);
        expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
        expect(questions.map((question) => question.id)).toContain(WHO_ELSE_ID);
        for (const question of questions) {
          expect(question.text.trim()).toBe(question.text);
          // Obstacle questions echo the user's own words, whatever punctuation they typed.
          if (question.group !== 'my-obstacles')
            expect(question.text).not.toMatch(/\s{2}|\s[,.?]|\(\)|undefined/);
          expect(isAnswerableFromProfile(question.text, them)).toBe(false);
        }
      }),
    );
  });
});
