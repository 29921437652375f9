import MiniSearch from 'minisearch';
import type { Contact, Stage } from '../../shared/contact';
import type { Interaction } from '../../shared/interaction';
import { foldText } from '../names/fold-text';
import { termAt } from './find-term';

/** The parts of a person the one search box looks in, in the order a match is worth showing. */
export const SEARCH_FIELDS = [
  'name',
  'headline',
  'employers',
  'schools',
  'skills',
  'locations',
  'tags',
  'notes',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A person (kind "contact") or one note or piece of advice they gave (kind "note"), as indexed. */
export interface SearchDocument {
  id: string;
  kind: 'contact' | 'note';
  contactUrl: string;
  name: string;
  headline?: string;
  employers?: string;
  schools?: string;
  skills?: string;
  locations?: string;
  tags?: string;
  notes?: string;
  /** For a note: the kind of interaction it was written on, as words ("meeting held"). */
  conversation?: string;
}

/** Names weigh most: someone typing a name wants that person first, then where they work or studied. */
const BOOST: Record<SearchField, number> = {
  name: 4,
  headline: 1.5,
  employers: 2,
  schools: 2,
  skills: 1.2,
  locations: 1,
  tags: 2,
  notes: 0.8,
};

const joined = (values: (string | undefined)[]) => values.filter(Boolean).join(' \n ');

/** A person, with every note and piece of advice they gave: one document, so a person is scored once. */
export function contactDocument(contact: Contact, notes: readonly string[] = []): SearchDocument {
  const { profile } = contact;
  return {
    id: `c:${contact.url}`,
    kind: 'contact',
    contactUrl: contact.url,
    name: contact.name,
    headline: profile.headline ?? '',
    employers: joined([
      ...profile.experience.map((p) => `${p.company} · ${p.title}`),
      ...profile.volunteering.map((v) => v.organization),
      ...contact.jobChanges.map((c) => c.from?.company),
    ]),
    schools: joined(profile.education.map((e) => [e.school, e.degree, e.field].filter(Boolean).join(' · '))),
    skills: joined([...profile.skills, ...profile.languages, ...profile.certifications.map((c) => c.name)]),
    locations: joined([profile.location, ...profile.experience.map((p) => p.location)]),
    tags: contact.tags.join(' \n '),
    notes: notes.join(' \n '),
  };
}

/**
 * One note or piece of advice, for the journal's search: its words, the name of who gave it and the kind
 * of conversation it came from (the kind's words are the ones its label shows: "Meeting held").
 */
export function noteDocument(
  interaction: Pick<Interaction, 'id' | 'contactUrl' | 'note' | 'kind'>,
  contactName: string,
): SearchDocument {
  return {
    id: `n:${interaction.id}`,
    kind: 'note',
    contactUrl: interaction.contactUrl,
    name: contactName,
    notes: interaction.note ?? '',
    conversation: interaction.kind.replace(/-/g, ' '),
  };
}

/** Terms of one letter match only themselves: as prefixes they would match most of the index. */
const prefix = (term: string) => term.length > 1;
/** One typo per four letters, two at most: "brigthwater" still finds Brightwater, "ux" stays exact. */
const fuzzy = (term: string) => (term.length >= 4 ? 0.25 : false);

export interface ContactHit {
  url: string;
  score: number;
  /** The indexed words that matched, folded. */
  terms: string[];
  /** Which fields each matched word was found in. */
  match: Record<string, string[]>;
}

export interface NoteHit {
  interactionId: string;
  contactUrl: string;
  score: number;
  terms: string[];
}

const FIELDS_BY_WEIGHT = [...SEARCH_FIELDS].sort((a, b) => BOOST[b] - BOOST[a]);

interface IndexedNote {
  id: string;
  note: string;
  kind: Interaction['kind'];
}

/** What the journal's search looks in: a note's words, who gave it, and the conversation. */
const NOTE_FIELDS = ['notes', 'name', 'conversation'];

const miniSearch = (fields: readonly string[] = SEARCH_FIELDS) =>
  new MiniSearch<SearchDocument>({
    fields: [...fields],
    storeFields: ['contactUrl'],
    // Each word folds as every comparison in Rapport does.
    processTerm: (term) => foldText(term),
    searchOptions: { boost: BOOST, prefix, fuzzy, maxFuzzy: 2, combineWith: 'AND' },
  });

/**
 * The one search over everything Rapport keeps about people: typo-tolerant, prefix-matching and ranked.
 * It holds the index in memory and is updated one person at a time as they change; it never reads the
 * database itself, so it runs anywhere (and needs no eval, which MV3's CSP forbids). The journal's index
 * of single notes is built only when the journal is first searched.
 */
export class SearchIndex {
  private readonly people = miniSearch();
  private notes: MiniSearch<SearchDocument> | undefined;
  private readonly known = new Map<string, { name: string; stage: Stage; notes: IndexedNote[] }>();

  get size(): number {
    return this.known.size;
  }

  /** Indexes a person and their notes, replacing whatever was indexed for them before. */
  setContact(contact: Contact, interactions: readonly Interaction[]): void {
    this.removeContact(contact.url);
    const notes = interactions.flatMap((i) =>
      i.note?.trim() ? [{ id: i.id, note: i.note, kind: i.kind }] : [],
    );
    this.people.add(
      contactDocument(
        contact,
        notes.map((n) => n.note),
      ),
    );
    this.known.set(contact.url, { name: contact.name, stage: contact.stage, notes });
    this.notes?.addAll(notes.map((n) => noteDocument({ ...n, contactUrl: contact.url }, contact.name)));
  }

  removeContact(url: string): void {
    const known = this.known.get(url);
    if (!known) return;
    this.people.discard(`c:${url}`);
    for (const { id } of known.notes) this.notes?.discard(`n:${id}`);
    this.known.delete(url);
  }

  /** People matching the query (and stage, when given), best first, with the field that matched best. */
  searchContacts(query: string, { stage }: { stage?: Stage } = {}): ContactHit[] {
    const results = this.people.search(query, {
      filter: stage ? (r) => this.known.get(r.contactUrl)?.stage === stage : undefined,
    });
    return results.map((result) => ({
      url: result.contactUrl as string,
      score: result.score,
      terms: result.terms,
      match: result.match,
    }));
  }

  /** Why a person was found: the field that matched best and, for a note, the note. Asked per shown row. */
  explain(hit: ContactHit): { field: SearchField; note?: string } {
    const matched = new Set(Object.values(hit.match).flat());
    const field = FIELDS_BY_WEIGHT.find((f) => matched.has(f)) ?? 'name';
    if (field !== 'notes') return { field };
    const note = this.known.get(hit.url)?.notes.find((n) => termAt(n.note, hit.terms) >= 0);
    return note ? { field, note: note.note } : { field };
  }

  /** Notes and advice matching the query, in their words, who gave them or the conversation, best first. */
  searchNotes(query: string): NoteHit[] {
    this.notes ??= this.buildNotes();
    return this.notes.search(query).map((r) => ({
      interactionId: String(r.id).slice(2),
      contactUrl: r.contactUrl as string,
      score: r.score,
      terms: r.terms,
    }));
  }

  private buildNotes(): MiniSearch<SearchDocument> {
    const notes = miniSearch(NOTE_FIELDS);
    for (const [contactUrl, { name, notes: list }] of this.known)
      notes.addAll(list.map((n) => noteDocument({ ...n, contactUrl }, name)));
    return notes;
  }
}
