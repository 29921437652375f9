/**
 * Whether a line reads as a place, the way a person tells "Berlin, Germany" from "Led the Berlin team" or
 * "Senior Engineer": a place is one to four comma-joined names ("City, Region, Country"), or a name inside
 * one of the area phrases LinkedIn prints in each UI language the date parser reads ("Greater Boston Area",
 * "New York City Metropolitan Area", "Berlin und Umgebung", "Région de Paris", "São Paulo e Região"). A
 * name is capitalised words with their small joining words ("Rio de Janeiro", "Frankfurt am Main"), never
 * a sentence, a count, a button or a job title. The country and region tables stay out of the content
 * script (they are far larger than it), so the shape decides here and src/core/profile/places.ts reads the
 * place later.
 */
import { sectionOfHeading } from './headings';
import { isUiText } from './ui-text';

/** Small words inside place names: "Rio de Janeiro", "Frankfurt am Main", "Newcastle upon Tyne". */
const JOINERS =
  /^(?:de|da|do|dos|das|del|della|di|du|des|la|le|les|el|los|las|am|an|im|&|ob|der|den|bei|upon|on|of|the|and|sur|en|y|e|et|und|van|aan|op|al|d['’]\S+|l['’]\S+)$/;

/** Area phrases around a name, in en, de, fr, es, pt, it, nl (and sv, which the dates read too). */
const AREA_BEFORE =
  /^(?:greater|grand|grande|gran|großraum|metropolregion|metropoolregio|regio|region|région(?: métropolitaine)? de|regione|área metropolitana de|area metropolitana di|região metropolitana de|stor)\s+/i;
const AREA_AFTER =
  /\s+(?:(?:bay|metropolitan|metro)\s+)?(?:area|region)$|\s+(?:und umgebung|et périphérie|y alrededores|e região|e dintorni|en omgeving|metropolitan region)$/i;

/**
 * Words of job titles, employment types and organisations, which are capitalised like names: "Senior Product Manager",
 * "Acme Labs GmbH" must never become a location. Lower case, in the same languages; stems where no place
 * name starts the same way ("manage", not "manag": Managua), whole words where one does (Stafford, Leith).
 */
const NOT_PLACE =
  /^(?:ceo|cto|cfo|coo|vp|head|lead|leiter|staff|team|senior|junior|principal|partner|owner|editor|writer|sales|bank|group|labs?|studio|inc|ltd|llc|gmbh|ag|bv|corp|jefe|gerente|stage|voltijd|deeltijd|vollzeit|teilzeit)$|^(?:co-?)?(?:engin|ingen|ingén|manage|direct|diret|develop|desenv|desarr|svilupp|ontwikk|entwick|design|analy|consult|berat|advis|found|gründ|geschäfts|intern|werkstud|student|teach|profess|scien|research|offic|speciali|associat|assist|archit|presid|recruit|coordin|admin|product|software|marketing|freelanc|self-|selbst|freiberuf|autónom|full-|part-|contract|apprent|praktik|compan|univers|school|academ|responsab|medewerk)/;

/** A name: capitalised words (codes like "CA" and "NSW" included) with small joining words between. */
function isName(part: string): boolean {
  const words = part.split(/[\s/]+/).filter(Boolean);
  if (!words.length || words.length > 5 || JOINERS.test(words[0] ?? '')) return false;
  return words.every(
    (word) =>
      !NOT_PLACE.test(word.toLowerCase().replace(/\.$/, '')) &&
      (/^\p{Lu}[\p{L}'’.-]*$/u.test(word) || JOINERS.test(word)),
  );
}

/** A name inside an area phrase: "Greater Boston Area", "Milano e dintorni". */
function isArea(text: string): boolean {
  const inner = text.replace(AREA_BEFORE, '').replace(AREA_AFTER, '');
  return inner !== text && isName(inner);
}

/** A place followed by its area in parentheses, as 2013 pages print it: "La Jolla, California (Greater San Diego Area)". */
const WITH_AREA = /^([^()]*\S)\s*\(([^()]+)\)$/;

/** Whether `text` reads as a place: "Berlin, Germany", "Greater Boston Area", "Lisboa e Região". */
export function readsAsPlace(text: string | undefined): boolean {
  const line = (text ?? '').trim();
  const withArea = WITH_AREA.exec(line);
  if (withArea) return readsAsPlace(withArea[1]) && isArea(withArea[2] ?? '');
  if (!line || line.length > 80 || !/\p{L}/u.test(line) || /[\d@|:;!?()]|\p{Ll}{2}\.$/u.test(line))
    return false;
  if (isUiText(line) || sectionOfHeading(line)) return false;
  const parts = line.split(',').map((part) => part.trim());
  if (parts.length > 4) return false;
  return parts.every((part) => isArea(part) || isName(part));
}
