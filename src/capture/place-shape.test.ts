import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../tests/fixtures/linkedin/load-page';
import { readItem } from './entries';
import { readsAsPlace } from './place-shape';

/** Locations as LinkedIn prints them, in every UI language the date parser reads. */
const PLACES = [
  'Berlin',
  'Germany',
  'Berlin, Germany',
  'London, England, United Kingdom',
  'Berkeley, CA',
  'Sydney, NSW, Australia',
  'Greater Boston',
  'Greater Seattle Area',
  'San Francisco Bay Area',
  'New York City Metropolitan Area',
  'Rio de Janeiro, Brasil',
  'Frankfurt am Main, Hessen, Deutschland',
  'Newcastle upon Tyne, England, United Kingdom',
  'Berlin und Umgebung',
  'Metropolregion München',
  'Région de Paris, France',
  'Paris et périphérie',
  'Área metropolitana de Madrid',
  'Madrid y alrededores',
  'São Paulo e Região',
  'Região Metropolitana de São Paulo',
  'Milano e dintorni',
  'Amsterdam en omgeving',
  'Regio Amsterdam',
  'Zürich, Schweiz',
  "Provence-Alpes-Côte d'Azur, France",
  'St. Louis, Missouri, United States',
  'Washington, D.C.',
  'Trinidad & Tobago',
  'Remote',
  'La Jolla, California (Greater San Diego Area)',
  'Cambridge, Massachusetts (Greater Boston Area)',
];

/** Lines that sit where a location could and are never one. */
const NOT_PLACES = [
  'Give Kudos',
  'Has errors',
  'This field has errors.',
  'see 11+',
  '•',
  '· 3rd',
  '500+ connections',
  'Contact info',
  'Show all 12 experiences',
  'Experience',
  'Senior Software Engineer',
  'Product Manager, Payments',
  'Head of Design',
  'Co-Founder & CEO',
  'Werkstudent Marketing',
  'Ingénieur logiciel',
  'Acme Labs GmbH',
  'Universität Wien',
  'Full-time',
  'Jan 2020 - Present · 4 yrs',
  'Led the Berlin team through two launches.',
  'Built the payments platform for 3 markets',
  'Responsible for hiring, onboarding and mentoring',
  'Skills: Kubernetes · Go · Terraform',
  'Mentored five engineers; shipped the new onboarding',
  'Senior Engineer (Contract)',
  'Berlin (3 months)',
  'Berlin, Germany (remote team)',
  '(Greater Boston Area)',
];

/** Capitalised words that name a role or an organisation, never a place (NOT_PLACE in place-shape.ts). */
const TITLE_WORDS =
  `ceo cto cfo coo head lead staff team senior junior principal partner owner editor writer sales
  bank group lab labs studio inc ltd llc gmbh corp jefe gerente stage leiter design`.split(/\s+/);

describe('readsAsPlace', () => {
  it.each(PLACES)('%s reads as a place', (text) => {
    expect(readsAsPlace(text)).toBe(true);
  });

  it.each(NOT_PLACES)('%s does not', (text) => {
    expect(readsAsPlace(text)).toBe(false);
  });

  const lower = fc.stringMatching(/^[a-z]{3,9}$/);
  const capital = fc.stringMatching(/^[A-Z][a-z]{2,9}$/);

  it('never takes a sentence that describes a job for a place', () => {
    // A description line: a capitalised word, then ordinary lower-case words, maybe a full stop.
    const description = fc
      .tuple(capital, fc.array(lower, { minLength: 2, maxLength: 12 }), fc.constantFrom('', '.'))
      .map(([first, rest, end]) => `${first} ${rest.join(' ')}${end}`);
    fc.assert(fc.property(description, (line) => !readsAsPlace(line)));
  });

  it('never takes a job title for a place, however it is qualified', () => {
    const title = fc
      .tuple(
        fc.constantFrom('', 'Senior ', 'Junior ', 'Lead ', 'Principal ', 'Staff '),
        fc.constantFrom('Product', 'Software', 'Marketing', 'Sales', 'Research', 'Data'),
        fc.constantFrom(' Engineer', ' Manager', ' Designer', ' Analyst', ' Director', ' Specialist'),
        fc.constantFrom('', ', Berlin', ' at Acme', ', Payments'),
      )
      .map((parts) => parts.join(''));
    fc.assert(fc.property(title, (line) => !readsAsPlace(line)));
  });

  it('never takes a count, a bullet or a number for a place', () => {
    const ui = fc.oneof(
      fc.integer({ min: 1, max: 999 }).map((n) => `see ${n}+`),
      fc.integer({ min: 1, max: 99 }).map((n) => `Show all ${n} skills`),
      fc.constantFrom('•', '·', '–', '|', '…'),
      fc.integer({ min: 1, max: 40 }).map((n) => `${n} yrs`),
    );
    fc.assert(fc.property(ui, (line) => !readsAsPlace(line)));
  });

  it('reads any "City, Region, Country" of capitalised names as a place', () => {
    const name = fc.array(capital, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const place = fc.array(name, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(', '));
    fc.assert(
      fc.property(place, (line) => {
        const words = line.toLowerCase().split(/[\s,]+/);
        // A generated word may happen to be a title word ("Lead"); only the others must read as a place.
        fc.pre(!words.some((w) => TITLE_WORDS.includes(w)));
        // A place line is short; longer text (over 80 characters) is a sentence by rule.
        fc.pre(line.length <= 80);
        return readsAsPlace(line);
      }),
    );
  });
});

describe('a position’s location', () => {
  const item = (...lines: string[]): Element => {
    const html = `<ul><li>${lines.map((l) => `<div><span>${l}</span></div>`).join('')}</li></ul>`;
    const li = parsePage(html).document.querySelector('li');
    if (!li) throw new Error('no item');
    return li;
  };

  it('is the line after the dates that reads as a place', () => {
    const [role] = readItem(
      'experience',
      item('Data Engineer', 'Acme', 'Jan 2020 - Present · 4 yrs', 'Lisbon, Portugal · Hybrid'),
    );
    expect(role).toMatchObject({ title: 'Data Engineer', location: 'Lisbon, Portugal' });
  });

  it.each([
    ['a duration line', ['2 yrs 3 mos', 'Borås, Sweden']],
    ['a duration line in Spanish', ['6 años 4 meses', 'Santiago, Chile']],
    ['a description after it', ['Nairobi, Kenya', 'Mombasa, Kisumu, Eldoret']],
  ])('follows the period line, past %s', (_, after) => {
    const [role] = readItem('experience', item('Data Engineer', 'Acme', 'Jan 2020 - Present', ...after));
    expect(role).toMatchObject({ location: after.find((line) => !/\d/.test(line)) });
  });

  it.each([
    ['a description', ['Opened three depots', 'Mombasa, Kisumu, Eldoret']],
    ['a second paragraph', ['Ran the hubs.', 'Berlin, Germany']],
    ['a description after a duration', ['3 mos', 'Built the routing service', 'Mombasa, Kisumu, Eldoret']],
  ])('is never read from %s that names places', (_, after) => {
    const [role] = readItem('experience', item('Data Engineer', 'Acme', 'Jan 2020 - Present', ...after));
    expect(role).toMatchObject({ title: 'Data Engineer', company: 'Acme' });
    expect(role).not.toHaveProperty('location');
  });

  it.each([
    'Led the Berlin team through two launches',
    'Give Kudos',
    'Has errors',
    'Senior Data Engineer',
    '•',
  ])('is never "%s"', (line) => {
    const [role] = readItem('experience', item('Data Engineer', 'Acme', 'Jan 2020 - Present · 4 yrs', line));
    expect(role).toMatchObject({ title: 'Data Engineer', company: 'Acme' });
    expect(role).not.toHaveProperty('location');
  });
});
