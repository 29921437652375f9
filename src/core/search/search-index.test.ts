import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactOf } from '../../../tests/support/test-db';
import type { Contact } from '../../shared/contact';
import type { Interaction } from '../../shared/interaction';
import { contactMatchText, matchedText } from './match-text';
import { SearchIndex } from './search-index';

const T0 = Date.UTC(2026, 2, 1);

function person(
  slug: string,
  name: string,
  extra: Partial<Contact['profile']> = {},
  more: Partial<Contact> = {},
) {
  return contactOf(slug, name, T0, extra, more);
}

const maya = person(
  'maya-okafor',
  'Maya Okafor',
  {
    headline: 'UX Research Lead at Brightwater Labs',
    location: 'London, England',
    experience: [{ title: 'UX Research Lead', company: 'Brightwater Labs' }],
    education: [{ school: 'Universität Zürich', field: 'Psychology' }],
    skills: ['Usability Testing', 'Survey Design'],
  },
  { tags: ['fintech'], stage: 'met' },
);
const leo = person('leo-park', 'Leo Park', { headline: 'Design lead at Lumen' }, { stage: 'asked' });
const note = (id: string, contactUrl: string, text: string): Interaction => ({
  id,
  contactUrl,
  kind: 'meeting-held',
  at: T0,
  note: text,
});

function indexOf(...entries: [Contact, Interaction[]][]) {
  const index = new SearchIndex();
  for (const [contact, notes] of entries) index.setContact(contact, notes);
  return index;
}

const urls = (index: SearchIndex, query: string, stage?: Contact['stage']) =>
  index.searchContacts(query, stage ? { stage } : {}).map((h) => h.url);

describe('the one search', () => {
  const index = indexOf(
    [maya, [note('n1', maya.url, 'Build a portfolio with three case studies.\nAsk about research ops.')]],
    [leo, []],
  );

  it('finds people by name, employer, school, skill, place, tag and note, and says where', () => {
    const cases: [string, string][] = [
      ['okafor', 'name'],
      ['brightwater', 'employers'],
      ['zurich', 'schools'],
      ['usability', 'skills'],
      ['london', 'locations'],
      ['fintech', 'tags'],
      ['portfolio', 'notes'],
    ];
    for (const [query, field] of cases) {
      const [hit] = index.searchContacts(query);
      expect(hit?.url, query).toBe(maya.url);
      expect(hit && index.explain(hit).field, query).toBe(field);
    }
  });

  it('matches prefixes as the user types, forgives typos, and ignores accents and case', () => {
    expect(urls(index, 'brig')).toEqual([maya.url]);
    expect(urls(index, 'brigthwater')).toEqual([maya.url]);
    expect(urls(index, 'ZÜRICH')).toEqual([maya.url]);
    expect(urls(index, 'lumen design')).toEqual([leo.url]);
  });

  it('combines the query with a stage filter', () => {
    expect(urls(index, 'lead')).toEqual(expect.arrayContaining([maya.url, leo.url]));
    expect(urls(index, 'lead', 'asked')).toEqual([leo.url]);
    expect(urls(index, 'lead', 'thanked')).toEqual([]);
  });

  it('ranks a name above a passing mention', () => {
    const park = person('sam-lumen', 'Sam Lumen');
    const both = indexOf([leo, []], [park, []]);
    expect(urls(both, 'lumen')[0]).toBe(park.url);
  });

  it('finds notes by their words or by who gave them', () => {
    expect(index.searchNotes('case studies').map((h) => h.interactionId)).toEqual(['n1']);
    expect(index.searchNotes('maya').map((h) => h.interactionId)).toEqual(['n1']);
    expect(index.searchNotes('leo')).toEqual([]);
  });

  it('keeps up as people change and leave', () => {
    const live = indexOf([maya, []], [leo, []]);
    live.setContact({ ...leo, tags: ['mentor'] }, []);
    expect(urls(live, 'mentor')).toEqual([leo.url]);
    live.setContact({ ...leo, tags: [] }, []);
    expect(urls(live, 'mentor')).toEqual([]);
    live.removeContact(maya.url);
    expect(urls(live, 'okafor')).toEqual([]);
    expect(live.size).toBe(1);
  });

  it('shows the matching part of a field', () => {
    expect(contactMatchText(maya, 'employers', ['brightwater'])).toBe('Brightwater Labs · UX Research Lead');
    expect(contactMatchText(maya, 'schools', ['zurich'])).toBe('Universität Zürich · Psychology');
    const long = `${'word '.repeat(40)}portfolio${' more'.repeat(40)}`;
    const shown = matchedText(long, ['portfolio']) ?? '';
    expect(shown).toContain('portfolio');
    expect(shown.length).toBeLessThanOrEqual(82);
  });

  it('any indexed person is found by any word of their name, and no one removed is', () => {
    const word = fc.stringMatching(/^[a-zà-ÿ]{2,10}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 8 }), (names) => {
        const live = new SearchIndex();
        const people = names.map(([first, last], i) => person(`p-${i}`, `${first} ${last}`));
        for (const p of people) live.setContact(p, []);
        for (const p of people) {
          for (const part of p.name.split(' ')) expect(urls(live, part)).toContain(p.url);
        }
        const [gone] = people;
        if (!gone) return;
        live.removeContact(gone.url);
        for (const part of gone.name.split(' ')) expect(urls(live, part)).not.toContain(gone.url);
      }),
      { numRuns: 60 },
    );
  });
});
