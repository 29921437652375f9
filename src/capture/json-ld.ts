/** schema.org `Person` in JSON-LD, as public LinkedIn pages and many personal sites publish it. */
import type { Education, Position, ProfileSnapshot } from '../shared/profile';
import { JSON_LD } from './selectors';
import { clean } from './text';

type Json = Record<string, unknown>;

const list = (value: unknown): unknown[] => (value == null ? [] : Array.isArray(value) ? value : [value]);
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** A string field, with the markup some sites leave in descriptions turned into plain text. */
const str = (value: unknown): string | undefined => {
  const text =
    typeof value === 'string'
      ? clean(value.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, ''))
      : typeof value === 'number'
        ? String(value)
        : '';
  return text || undefined;
};

/** The name of a thing given either as a string or as an object with a name. */
export const nameOf = (value: unknown): string | undefined => str(isObject(value) ? value.name : value);

const typesOf = (thing: Json): string => list(thing['@type']).join(' ');

/** "2021-07", "2021-07-01" or 2021 → "2021-07" / "2021". */
const dateOf = (value: unknown): string | undefined => str(value)?.slice(0, 7);

/** Every schema.org Person in the page's JSON-LD blocks, including those inside @graph. */
export function jsonLdPeople(doc: ParentNode): Json[] {
  const people: Json[] = [];
  const visit = (thing: unknown): void => {
    for (const item of list(thing)) {
      if (!isObject(item)) continue;
      if (/\bPerson\b/.test(typesOf(item))) people.push(item);
      visit(item['@graph']);
    }
  };
  for (const script of doc.querySelectorAll(JSON_LD)) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken block says nothing about the person; the others still may.
    }
  }
  return people;
}

/** Every URL a Person claims as its own: url and sameAs. */
export const personUrls = (person: Json): string[] =>
  [person.url, ...list(person.sameAs)].flatMap((u) => str(u) ?? []);

const isSchool = (org: Json): boolean => /School|College|University|Educational/.test(typesOf(org));

/** The fields a Person carries, in Rapport's model; empty lists where it says nothing. */
export function personFields(person: Json): Partial<ProfileSnapshot> {
  const name =
    str(person.name) ?? str([str(person.givenName), str(person.familyName)].filter(Boolean).join(' '));
  const address = list(person.address)[0] ?? person.homeLocation;
  const titles = list(person.jobTitle).map(str);
  const experience: Position[] = [];
  list(person.worksFor).forEach((org, i) => {
    const role = isObject(org) && isObject(org.member) ? org.member : {};
    const title = str(role.roleName) ?? titles[i];
    const company = nameOf(org);
    if (!title || !company) return;
    const item: Position = { title, company };
    const start = dateOf(role.startDate);
    if (start) {
      item.start = start;
      item.end = dateOf(role.endDate) ?? 'present';
    }
    experience.push(item);
  });
  const education: Education[] = [];
  for (const org of list(person.alumniOf)) {
    const school = nameOf(org);
    if (!school || !isObject(org) || !isSchool(org)) continue;
    const item: Education = { school };
    const role = isObject(org.member) ? org.member : {};
    const start = dateOf(role.startDate)?.slice(0, 4);
    const end = dateOf(role.endDate)?.slice(0, 4);
    if (start) item.start = start;
    if (end) item.end = end;
    education.push(item);
  }
  return {
    ...(name ? { name } : {}),
    ...(str(person.disambiguatingDescription) ? { headline: str(person.disambiguatingDescription) } : {}),
    ...(isObject(address)
      ? { location: str(address.addressLocality) ?? nameOf(address) }
      : address
        ? { location: str(address) }
        : {}),
    ...(str(person.description) ? { about: str(person.description) } : {}),
    experience,
    education,
    skills: list(person.knowsAbout).flatMap((s) => nameOf(s) ?? []),
    languages: list(person.knowsLanguage).flatMap((l) => nameOf(l) ?? []),
    volunteering: [],
    certifications: list(person.hasCredential).flatMap((c) => {
      const credential = nameOf(c);
      const issuer = isObject(c) ? nameOf(c.recognizedBy) : undefined;
      return credential ? [issuer ? { name: credential, issuer } : { name: credential }] : [];
    }),
  };
}
