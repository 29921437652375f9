import { adviceTerms, type Term, type WordCache } from './journal/theme-terms';

export interface AdviceEntry {
  id: string;
  contactId: string;
  text: string;
}

export interface RecurringTheme {
  /** Its key terms in the order people wrote them: "AWS certification". */
  label: string;
  /** Everyone who gave this advice, in the order of the entries. */
  contactIds: string[];
  /** The pieces of advice behind it, in the order given. */
  entryIds: string[];
}

/** Two terms form one theme when most of the people who used either used both, in the same advice. */
const TOGETHER_SHARE = 0.5;
const MIN_PEOPLE = 2;

interface Vocabulary {
  keys: string[];
  ids: Map<string, number>;
  /** Per term: how often each written form was used, to show the most common one. */
  surfaces: Map<string, number>[];
  canonical: (string | undefined)[];
  /** Per term: the sum of its positions in the advice it appears in, for the label's word order. */
  positions: number[];
  occurrences: number[];
}

function termId(vocab: Vocabulary, term: Term, position: number): number {
  let id = vocab.ids.get(term.key);
  if (id === undefined) {
    id = vocab.keys.length;
    vocab.ids.set(term.key, id);
    vocab.keys.push(term.key);
    vocab.surfaces.push(new Map());
    vocab.canonical.push(term.canonical);
    vocab.positions.push(0);
    vocab.occurrences.push(0);
  }
  if (term.canonical && !vocab.canonical[id]) vocab.canonical[id] = term.canonical;
  const surfaces = vocab.surfaces[id] as Map<string, number>;
  surfaces.set(term.surface, (surfaces.get(term.surface) ?? 0) + 1);
  vocab.positions[id] = (vocab.positions[id] ?? 0) + position;
  vocab.occurrences[id] = (vocab.occurrences[id] ?? 0) + 1;
  return id;
}

/**
 * The most used written form, the shortest on a tie ("study" over "studies"); an acronym keeps its
 * capitals, any other word is shown in lower case.
 */
function shownTerm(vocab: Vocabulary, id: number): string {
  const canonical = vocab.canonical[id];
  if (canonical) return canonical;
  let best = '';
  let bestCount = 0;
  for (const [surface, count] of vocab.surfaces[id] ?? []) {
    const tie =
      count === bestCount &&
      (surface.length < best.length || (surface.length === best.length && surface < best));
    if (count > bestCount || tie) {
      best = surface;
      bestCount = count;
    }
  }
  const isAcronym = best.length > 1 && best === best.toUpperCase() && best !== best.toLowerCase();
  return isAcronym ? best : best.toLowerCase();
}

/**
 * Advice that at least two different people gave, in whatever words: inflections, plurals, case and
 * common shortenings fold to one term, filler words never count, and one person saying a thing twice
 * is still one person. Terms that keep appearing in the same pieces of advice make one theme ("AWS
 * certification"), labelled by those terms. Themes come most people first, then most advice, then by
 * label, so the result depends only on the entries.
 *
 * Linear in the words written, plus the pairs of shared terms within each piece of advice.
 */
export function findRecurringThemes(entries: readonly AdviceEntry[]): RecurringTheme[] {
  const vocab: Vocabulary = {
    keys: [],
    ids: new Map(),
    surfaces: [],
    canonical: [],
    positions: [],
    occurrences: [],
  };
  const contactIndex = new Map<string, number>();
  const entryTerms: number[][] = [];
  const entryContact: number[] = [];
  const words: WordCache = new Map();
  for (const entry of entries) {
    let contact = contactIndex.get(entry.contactId);
    if (contact === undefined) {
      contact = contactIndex.size;
      contactIndex.set(entry.contactId, contact);
    }
    entryContact.push(contact);
    entryTerms.push(adviceTerms(entry.text, words).map((term, position) => termId(vocab, term, position)));
  }

  // How many different people used each term: counted once per person through the last one seen.
  const termCount = vocab.keys.length;
  const people = new Int32Array(termCount);
  const lastPerson = new Int32Array(termCount).fill(-1);
  for (let e = 0; e < entryTerms.length; e++) {
    const contact = entryContact[e] as number;
    for (const t of entryTerms[e] as number[]) {
      if (lastPerson[t] !== contact) {
        lastPerson[t] = contact;
        people[t] = (people[t] ?? 0) + 1;
      }
    }
  }
  const shared = (t: number) => (people[t] ?? 0) >= MIN_PEOPLE;

  // Pairs of shared terms in one piece of advice, counted per person, keyed by the two ids.
  const pairPeople = new Map<number, number>();
  const pairLast = new Map<number, number>();
  const partners: Set<number>[] = Array.from({ length: termCount }, () => new Set<number>());
  for (let e = 0; e < entryTerms.length; e++) {
    const contact = entryContact[e] as number;
    const terms = (entryTerms[e] as number[]).filter(shared);
    for (let i = 0; i < terms.length; i++) {
      for (let j = i + 1; j < terms.length; j++) {
        const a = Math.min(terms[i] as number, terms[j] as number);
        const b = Math.max(terms[i] as number, terms[j] as number);
        const key = a * termCount + b;
        if (pairLast.get(key) === contact) continue;
        pairLast.set(key, contact);
        pairPeople.set(key, (pairPeople.get(key) ?? 0) + 1);
        partners[a]?.add(b);
        partners[b]?.add(a);
      }
    }
  }

  const byPeople = [...Array(termCount).keys()]
    .filter(shared)
    .sort((a, b) => (people[b] ?? 0) - (people[a] ?? 0) || compare(vocab.keys[a], vocab.keys[b]));
  const used = new Uint8Array(termCount);
  const groups: number[][] = [];
  for (const seed of byPeople) {
    if (used[seed]) continue;
    used[seed] = 1;
    const group = [seed];
    const candidates = [...(partners[seed] ?? [])].filter((t) => !used[t]).sort((a, b) => a - b);
    for (const other of candidates) {
      const together = pairPeople.get(Math.min(seed, other) * termCount + Math.max(seed, other)) ?? 0;
      const most = Math.max(people[seed] ?? 0, people[other] ?? 0);
      if (together >= MIN_PEOPLE && together >= TOGETHER_SHARE * most) {
        group.push(other);
        used[other] = 1;
      }
    }
    groups.push(group);
  }

  const groupOf = new Int32Array(termCount).fill(-1);
  groups.forEach((group, g) => {
    for (const t of group) groupOf[t] = g;
  });
  const themeEntries: number[][] = groups.map(() => []);
  for (let e = 0; e < entryTerms.length; e++) {
    const seen = new Set<number>();
    for (const t of entryTerms[e] as number[]) {
      const g = groupOf[t] ?? -1;
      if (g >= 0 && !seen.has(g)) {
        seen.add(g);
        themeEntries[g]?.push(e);
      }
    }
  }

  const contactIds = [...contactIndex.keys()];
  const themes = groups.map((group, g) => {
    const indices = themeEntries[g] ?? [];
    const contacts = [...new Set(indices.map((e) => entryContact[e] as number))];
    const place = (t: number) => (vocab.positions[t] ?? 0) / (vocab.occurrences[t] || 1);
    const ordered = [...group].sort((a, b) => place(a) - place(b) || compare(vocab.keys[a], vocab.keys[b]));
    return {
      label: ordered.map((t) => shownTerm(vocab, t)).join(' '),
      contactIds: contacts.map((c) => contactIds[c] as string),
      entryIds: indices.map((e) => (entries[e] as AdviceEntry).id),
    };
  });
  return themes
    .filter((theme) => theme.contactIds.length >= MIN_PEOPLE)
    .sort(
      (a, b) =>
        b.contactIds.length - a.contactIds.length ||
        b.entryIds.length - a.entryIds.length ||
        compare(a.label, b.label),
    );
}

function compare(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}
