/**
 * A person described on any web page (a personal site, a conference speaker page, a company team page),
 * in the same model as a LinkedIn capture: schema.org JSON-LD Person, then h-card microformats, then Open
 * Graph `profile:` tags, merged field by field.
 */
import type { Position, ProfileSnapshot } from '../shared/profile';
import { isObject, type Json, jsonLdPeople, list, nameOf, personFields, personUrls } from './json-ld';
import { profileUrlOf } from './owner';
import { H_CARD, meta } from './selectors';
import { clean, textOf } from './text';

const metaContent = (doc: Document, key: string): string | undefined =>
  clean(doc.querySelector(meta(key))?.getAttribute('content')) || undefined;

function hCard(doc: Document): Partial<ProfileSnapshot> & { links: string[] } {
  const card = doc.querySelector(H_CARD.card);
  if (!card) return { links: [] };
  const get = (selector: string): string | undefined => textOf(card.querySelector(selector)) || undefined;
  const place = [get(H_CARD.locality), get(H_CARD.region), get(H_CARD.country)].filter(Boolean).join(', ');
  const title = get(H_CARD.headline);
  const company = get(H_CARD.org);
  const experience: Position[] = title && company ? [{ title, company }] : [];
  const name =
    get(H_CARD.name) ?? (clean(card.querySelector(H_CARD.photo)?.getAttribute('alt')) || undefined);
  const location = place || get(H_CARD.address);
  const about = get(H_CARD.note);
  return {
    ...(name ? { name } : {}),
    ...(title ? { headline: title } : {}),
    ...(location ? { location } : {}),
    ...(about ? { about } : {}),
    experience,
    links: [...card.querySelectorAll(H_CARD.url), ...doc.querySelectorAll(H_CARD.me)].map(
      (a) => a.getAttribute('href') ?? '',
    ),
  };
}

function openGraph(doc: Document): Partial<ProfileSnapshot> {
  if (metaContent(doc, 'og:type') !== 'profile') return {};
  const parts = [metaContent(doc, 'profile:first_name'), metaContent(doc, 'profile:last_name')].filter(
    Boolean,
  );
  const name = parts.join(' ') || metaContent(doc, 'og:title');
  const about = metaContent(doc, 'og:description');
  return { ...(name ? { name } : {}), ...(about ? { about } : {}) };
}

/** What LinkedIn's own JSON-LD never carries but personal sites do: skills and credentials. */
const skillsOf = (person: Json): string[] => list(person.knowsAbout).flatMap((s) => nameOf(s) ?? []);
const credentialsOf = (person: Json) =>
  list(person.hasCredential).flatMap((c) => {
    const name = nameOf(c);
    const issuer = isObject(c) ? nameOf(c.recognizedBy) : undefined;
    return name ? [issuer ? { name, issuer } : { name }] : [];
  });

/** The person a page is about, or undefined when it describes nobody by name. */
export function extractPersonFromAnyPage(doc: Document, url: string): ProfileSnapshot | undefined {
  const person = jsonLdPeople(doc).find((p) => nameOf(p.name) ?? p.givenName);
  const ld = person ? personFields(person) : {};
  const card = hCard(doc);
  const og = openGraph(doc);
  const name = ld.name ?? card.name ?? og.name;
  if (!name) return undefined;
  // A LinkedIn profile the person links as their own is the identity Rapport files contacts under.
  const linkedIn = [...(person ? personUrls(person) : []), ...card.links].map(profileUrlOf).find(Boolean);
  const snapshot: ProfileSnapshot = {
    url: linkedIn ?? url,
    name,
    experience: ld.experience?.length ? ld.experience : (card.experience ?? []),
    education: ld.education ?? [],
    skills: person ? skillsOf(person) : [],
    languages: ld.languages ?? [],
    volunteering: [],
    certifications: person ? credentialsOf(person) : [],
  };
  const titles = person ? [person.jobTitle].flat().map(nameOf).filter(Boolean) : [];
  const headline = ld.headline ?? (titles.join(', ') || card.headline);
  for (const [field, value] of [
    ['headline', headline],
    ['location', ld.location ?? card.location],
    ['about', ld.about ?? card.about ?? og.about],
  ] as const) {
    if (value) snapshot[field] = value;
  }
  return snapshot;
}
