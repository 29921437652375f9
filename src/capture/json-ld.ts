/** schema.org `Person` in JSON-LD, as public LinkedIn pages and many personal sites publish it. */
import type { Education, Position, ProfileSnapshot } from '../shared/profile';
import { JSON_LD } from './selectors';
import { clean } from './text';

export type Json = Record<string, unknown>;

export const list = (value: unknown): unknown[] =>
  value == null ? [] : Array.isArray(value) ? value : [value];
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

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

/** The object without its undefined fields, so that a capture never carries `key: undefined`. */
export const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

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

const isSchool = (org: Json): boolean => /School|College|Univ|Educ/.test(typesOf(org));

/** The fields a Person carries, in Rapport's model; empty lists where it says nothing. */
export function personFields(person: Json): Partial<ProfileSnapshot> {
  const name =
    str(person.name) ?? str([str(person.givenName), str(person.familyName)].filter(Boolean).join(' '));
  const address = list(person.address)[0] ?? person.homeLocation;
  const titles = list(person.jobTitle).map(str);
  const experience: Position[] = list(person.worksFor).flatMap((org, i) => {
    const role = isObject(org) && isObject(org.member) ? org.member : {};
    const title = str(role.roleName) ?? titles[i];
    const company = nameOf(org);
    const start = dateOf(role.startDate);
    return title && company
      ? [compact({ title, company, start, end: start && (dateOf(role.endDate) ?? 'present') })]
      : [];
  });
  const education: Education[] = list(person.alumniOf).flatMap((org) => {
    const school = nameOf(org);
    if (!school || !isObject(org) || !isSchool(org)) return [];
    const role = isObject(org.member) ? org.member : {};
    return [
      compact({ school, start: dateOf(role.startDate)?.slice(0, 4), end: dateOf(role.endDate)?.slice(0, 4) }),
    ];
  });
  return compact({
    name,
    headline: str(person.disambiguatingDescription),
    location: isObject(address) ? (str(address.addressLocality) ?? nameOf(address)) : str(address),
    about: str(person.description),
    experience,
    education,
    languages: list(person.knowsLanguage).flatMap((l) => nameOf(l) ?? []),
  });
}
