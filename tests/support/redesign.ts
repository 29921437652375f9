/**
 * A LinkedIn redesign, simulated: takes a page and changes only what a redesign changes, keeping every
 * text, heading, list and embedded JSON block. Seeded and deterministic, so a failure can be replayed.
 *
 * - every class name replaced by another (hashed, as LinkedIn's 2026 build already does)
 * - ids and `data-*` attributes gone
 * - one more wrapping `<div>` inside each `<section>` and `<li>`
 * - section headings translated into another UI language
 * - sections reordered (the top card stays first)
 * - list entries wrapped in an extra element, or `<li>` / `<ul>` replaced by `div[role=listitem]` /
 *   `div[role=list]`, list by list
 */
import { parsePage } from '../../scripts/lib/parse-page';

/** mulberry32: a small seeded generator, enough to pick and shuffle reproducibly. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a name, so each page gets its own redesign and the same one on every run. */
export function seedOf(name: string): number {
  let h = 2166136261;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** The section headings LinkedIn prints, as a redesign in another UI language would print them. */
const HEADINGS: Record<string, Record<string, string>> = {
  de: {
    about: 'Info',
    experience: 'Berufserfahrung',
    education: 'Ausbildung',
    skills: 'Kenntnisse',
    languages: 'Sprachen',
    volunteering: 'Ehrenamt',
    certifications: 'Bescheinigungen und Zertifikate',
  },
  fr: {
    about: 'Infos',
    experience: 'Expérience',
    education: 'Formation',
    skills: 'Compétences',
    languages: 'Langues',
    volunteering: 'Bénévolat',
    certifications: 'Licences et certifications',
  },
  es: {
    about: 'Acerca de',
    experience: 'Experiencia',
    education: 'Educación',
    skills: 'Aptitudes',
    languages: 'Idiomas',
    volunteering: 'Voluntariado',
    certifications: 'Licencias y certificaciones',
  },
  pt: {
    about: 'Sobre',
    experience: 'Experiência',
    education: 'Formação acadêmica',
    skills: 'Competências',
    languages: 'Idiomas',
    volunteering: 'Trabalho voluntário',
    certifications: 'Licenças e certificados',
  },
};

/** The English headings (and the 2013–2018 variants) a page may carry, by section. */
const ENGLISH: [RegExp, string][] = [
  [/^(?:about|summary)$/i, 'about'],
  [/^experience$/i, 'experience'],
  [/^education$/i, 'education'],
  [/^(?:skills|skills & endorsements|skills & expertise)$/i, 'skills'],
  [/^languages?$/i, 'languages'],
  [/^(?:volunteering|volunteer experience|volunteer experience & causes)$/i, 'volunteering'],
  [/^(?:licenses & certifications|certifications)$/i, 'certifications'],
];

const clean = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

function renameClasses(doc: Document, random: () => number): void {
  const names = new Map<string, string>();
  const salt = Math.floor(random() * 1e9).toString(36);
  for (const el of doc.querySelectorAll('[class]')) {
    const renamed = [...el.classList].map((name) => {
      let hashed = names.get(name);
      if (!hashed) {
        hashed = `_${(seedOf(salt + name) % 0xffffff).toString(16).padStart(6, '0')}`;
        names.set(name, hashed);
      }
      return hashed;
    });
    el.setAttribute('class', renamed.join(' '));
  }
}

function dropIdsAndData(doc: Document): void {
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      if (attr.name === 'id' || attr.name.startsWith('data-')) el.removeAttribute(attr.name);
    }
  }
}

function wrapChildren(doc: Document, el: Element): void {
  const wrapper = doc.createElement('div');
  while (el.firstChild) wrapper.append(el.firstChild);
  el.append(wrapper);
}

function translateHeadings(doc: Document, random: () => number): string {
  const languages = Object.keys(HEADINGS);
  const language = languages[Math.floor(random() * languages.length)] ?? 'de';
  const table = HEADINGS[language] ?? {};
  for (const heading of doc.querySelectorAll('h1,h2,h3')) {
    const text = clean(heading.textContent);
    const section = ENGLISH.find(([pattern]) => pattern.test(text))?.[1];
    const translated = section && table[section];
    if (!translated) continue;
    // Keep the heading's element structure (a visible and a screen-reader copy): replace each text node.
    for (const node of textNodes(heading)) {
      if (clean(node.nodeValue)) node.nodeValue = node.nodeValue?.replace(/\S.*\S|\S/s, translated) ?? '';
    }
  }
  return language;
}

function textNodes(root: Node, out: Text[] = []): Text[] {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child as Text);
    else textNodes(child, out);
  }
  return out;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Sibling sections change places; one holding the page's h1 (the top card) stays where it is. */
function reorderSections(doc: Document, random: () => number): void {
  const parents = new Set<Element>();
  for (const section of doc.querySelectorAll('section')) {
    if (section.parentElement) parents.add(section.parentElement);
  }
  for (const parent of parents) {
    const movable = [...parent.children].filter((el) => el.tagName === 'SECTION' && !el.querySelector('h1'));
    if (movable.length < 2) continue;
    const marker = doc.createComment('sections');
    movable[0]?.before(marker);
    for (const section of movable) section.remove();
    marker.replaceWith(...shuffle(movable, random));
  }
}

function rebuildLists(doc: Document, random: () => number): void {
  for (const list of [...doc.querySelectorAll('ul,ol')]) {
    const choice = random();
    const items = [...list.children].filter((el) => el.tagName === 'LI');
    if (choice < 0.4) {
      const replacement = doc.createElement('div');
      replacement.setAttribute('role', 'list');
      for (const attr of [...list.attributes]) replacement.setAttribute(attr.name, attr.value);
      replacement.setAttribute('role', 'list');
      while (list.firstChild) {
        const child = list.firstChild;
        if (child.nodeType === 1 && (child as Element).tagName === 'LI') {
          const item = doc.createElement('div');
          for (const attr of [...(child as Element).attributes]) item.setAttribute(attr.name, attr.value);
          item.setAttribute('role', 'listitem');
          while (child.firstChild) item.append(child.firstChild);
          child.remove();
          replacement.append(item);
        } else replacement.append(child);
      }
      list.replaceWith(replacement);
    } else if (choice < 0.7) {
      for (const item of items) {
        const wrapper = doc.createElement('div');
        item.before(wrapper);
        wrapper.append(item);
      }
    }
  }
}

export interface Redesigned {
  document: Document;
  /** The UI language the headings were translated into. */
  language: string;
  close: () => Promise<void>;
}

/** Parses `html` and redesigns it; the same page and seed give the same document on every run. */
export function redesign(html: string, seed: number): Redesigned {
  const page = parsePage(html);
  const doc = page.document;
  const random = generator(seed);
  const language = translateHeadings(doc, random);
  reorderSections(doc, random);
  for (const el of [...doc.querySelectorAll('section,li')]) wrapChildren(doc, el);
  rebuildLists(doc, random);
  renameClasses(doc, random);
  dropIdsAndData(doc);
  return { document: doc, language, close: page.close };
}
