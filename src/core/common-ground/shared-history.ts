import type { ProfileSnapshot } from '../../shared/profile';
import { foldedWords } from '../names/fold-text';
import { isEnglish, parseLanguage } from '../names/language-names';
import { sameOrganization } from '../names/org-names';
import { isEverydaySkill, skillInSentence, skillKey } from '../names/skill-names';
import { type Place, parsePlace, placeInSentence, samePlace } from '../profile/places';
import {
  type CareerField,
  careerSteps,
  fieldOf,
  type Transition,
  transitionsOf,
} from '../questions/career-fields';
import type { CommonGround, MyProfileLike } from './types';
import { STRENGTH } from './types';

/** Short forms of fields of study that people write either way. */
const STUDY_FORMS: Record<string, string> = {
  cs: 'computer science',
  'comp sci': 'computer science',
  econ: 'economics',
  econs: 'economics',
  maths: 'mathematics',
  math: 'mathematics',
  psych: 'psychology',
  'poli sci': 'political science',
  politics: 'political science',
  mba: 'business administration',
  'business administration and management': 'business administration',
};

function studyKey(field: string): string {
  const key = foldedWords(field).join(' ');
  return STUDY_FORMS[key] ?? key;
}

function fieldsOfStudy(me: MyProfileLike, them: ProfileSnapshot): CommonGround[] {
  const items: CommonGround[] = [];
  const seen = new Set<string>();
  for (const theirs of them.education) {
    const key = studyKey(theirs.field ?? '');
    if (!key || seen.has(key)) continue;
    const mine = me.education.find((study) => studyKey(study.field ?? '') === key);
    if (!mine) continue;
    seen.add(key);
    const sameSchool = sameOrganization(
      { name: mine.school, url: mine.schoolUrl },
      { name: theirs.school, url: theirs.schoolUrl },
    );
    const field = (theirs.field ?? '').trim();
    items.push({
      kind: 'field-of-study',
      label: `You both studied ${field}`,
      phrase: `we both studied ${field}`,
      mine: (mine.field ?? '').trim(),
      theirs: field,
      strength: STRENGTH.fieldOfStudy + (sameSchool ? 8 : 0),
    });
  }
  return items;
}

function placesOf(profile: MyProfileLike): { place: Place; text: string }[] {
  return [profile.location, ...profile.experience.map((position) => position.location)]
    .map((text) => ({ text: text?.trim() ?? '', place: parsePlace(text) }))
    .filter((entry): entry is { place: Place; text: string } => entry.place !== undefined);
}

function locations(me: MyProfileLike, them: ProfileSnapshot): CommonGround[] {
  const myNow = parsePlace(me.location);
  const theirNow = parsePlace(them.location);
  if (myNow && theirNow && samePlace(myNow, theirNow)) {
    const city = placeInSentence(theirNow.city ?? '');
    return [
      {
        kind: 'location',
        label: `You are both based in ${city}`,
        phrase: `we are both based in ${city}`,
        mine: me.location?.trim() ?? '',
        theirs: them.location?.trim() ?? '',
        strength: STRENGTH.location,
      },
    ];
  }
  const mine = placesOf(me);
  for (const theirs of placesOf(them)) {
    const match = mine.find((entry) => samePlace(entry.place, theirs.place));
    if (!match) continue;
    const city = placeInSentence(theirs.place.city ?? '');
    return [
      {
        kind: 'location',
        label: `You have both lived or worked in ${city}`,
        phrase: `we have both lived or worked in ${city}`,
        mine: match.text,
        theirs: theirs.text,
        strength: STRENGTH.pastLocation,
      },
    ];
  }
  return [];
}

function skills(me: MyProfileLike, them: ProfileSnapshot): CommonGround[] {
  const mine = new Map(me.skills.map((skill) => [skillKey(skill), skill] as const));
  const items: CommonGround[] = [];
  const seen = new Set<string>();
  for (const skill of them.skills) {
    const key = skillKey(skill);
    const myName = mine.get(key);
    if (!key || myName === undefined || seen.has(key)) continue;
    seen.add(key);
    const name = skillInSentence(skill);
    items.push({
      kind: 'skill',
      label: `You both list ${name} among your skills`,
      phrase: `we both have experience with ${name}`,
      mine: myName.trim(),
      theirs: skill.trim(),
      strength: isEverydaySkill(skill) ? STRENGTH.everydaySkill : STRENGTH.skill,
    });
  }
  return items;
}

function languages(me: MyProfileLike, them: ProfileSnapshot): CommonGround[] {
  const mine = me.languages.map((text) => ({ text, language: parseLanguage(text) }));
  const items: CommonGround[] = [];
  const seen = new Set<string>();
  for (const text of them.languages) {
    const theirs = parseLanguage(text);
    if (!theirs) continue;
    const match = mine.find((entry) => entry.language?.keys.some((key) => theirs.keys.includes(key)));
    if (!match?.language || seen.has(theirs.display)) continue;
    seen.add(theirs.display);
    items.push({
      kind: 'language',
      label: `You both speak ${theirs.display}`,
      phrase: `we both speak ${theirs.display}`,
      mine: match.text.trim(),
      theirs: text.trim(),
      strength: isEnglish(theirs) ? STRENGTH.english : STRENGTH.language,
    });
  }
  return items;
}

function certifications(me: MyProfileLike, them: ProfileSnapshot): CommonGround[] {
  const items: CommonGround[] = [];
  for (const theirs of them.certifications) {
    const mine = me.certifications.find((cert) =>
      sameOrganization({ name: cert.name }, { name: theirs.name }),
    );
    if (!mine || items.some((item) => sameOrganization({ name: item.theirs }, { name: theirs.name })))
      continue;
    const name = theirs.name.trim();
    const what = /certif/i.test(name) ? `the ${name}` : `the ${name} certification`;
    items.push({
      kind: 'certification',
      label: `You both hold ${what}`,
      phrase: `we both hold ${what}`,
      mine: mine.name.trim(),
      theirs: name,
      strength: STRENGTH.certification,
    });
  }
  return items;
}

function causes(me: MyProfileLike, them: ProfileSnapshot): CommonGround[] {
  const myCauses = new Set(me.volunteering.map((role) => foldedWords(role.cause ?? '').join(' ')));
  const seen = new Set<string>();
  const items: CommonGround[] = [];
  for (const role of them.volunteering) {
    const cause = role.cause?.trim() ?? '';
    const key = foldedWords(cause).join(' ');
    if (!key || !myCauses.has(key) || seen.has(key)) continue;
    seen.add(key);
    items.push({
      kind: 'volunteering',
      label: `You both volunteer for the same cause: ${cause}`,
      phrase: `we both volunteer for the same cause: ${cause}`,
      mine: cause,
      theirs: cause,
      strength: STRENGTH.cause,
    });
  }
  return items;
}

/** Fields of study, places, skills, languages, certifications and causes both profiles list. */
export function sharedBackground(me: MyProfileLike, them: ProfileSnapshot): CommonGround[] {
  return [
    ...fieldsOfStudy(me, them),
    ...locations(me, them),
    ...skills(me, them),
    ...languages(me, them),
    ...certifications(me, them),
    ...causes(me, them),
  ];
}

/** The move the user is making now, from their latest field into their target, if they set one. */
export function plannedTransition(me: MyProfileLike, now: number): Transition | undefined {
  if (!('targetField' in me)) return undefined;
  const to = fieldOf(me.targetField) ?? fieldOf(me.targetRole);
  const from = careerSteps(me.experience, now).at(-1);
  if (!to || !from || from.field.id === to.id) return undefined;
  return { from: from.field, to, fromPosition: from.position };
}

function describe(from: CareerField, to: CareerField): string {
  return `${from.label} → ${to.label}`;
}

/**
 * One transition line at most: the same move (teaching → UX) if both made it, else the same
 * destination from different starting points. The user's own move in progress counts.
 */
export function sharedTransition(me: MyProfileLike, them: ProfileSnapshot, now: number): CommonGround[] {
  const planned = plannedTransition(me, now);
  const mine = [...(planned ? [{ ...planned, planned: true }] : []), ...transitionsOf(me.experience, now)];
  const theirs = transitionsOf(them.experience, now);
  for (const my of mine) {
    const same = theirs.find((their) => their.from.id === my.from.id && their.to.id === my.to.id);
    if (!same) continue;
    const move = `from ${same.from.label} into ${same.to.label}`;
    const isPlanned = 'planned' in my;
    return [
      {
        kind: 'transition',
        label: isPlanned ? `They moved ${move}, the move you are making now` : `You both moved ${move}`,
        phrase: isPlanned ? `you moved ${move}, the move I am making now` : `we both moved ${move}`,
        mine: describe(my.from, my.to),
        theirs: describe(same.from, same.to),
        strength: STRENGTH.transition,
      },
    ];
  }
  for (const my of mine) {
    const into = theirs.find((their) => their.to.id === my.to.id);
    if (!into) continue;
    const isPlanned = 'planned' in my;
    const field = into.to.label;
    return [
      {
        kind: 'transition',
        label: isPlanned
          ? `They moved into ${field} from ${into.from.label}, as you are doing now`
          : `You both moved into ${field} from other fields`,
        phrase: isPlanned
          ? `you moved into ${field} from ${into.from.label}, as I am doing now`
          : `we both moved into ${field} from other fields`,
        mine: describe(my.from, my.to),
        theirs: describe(into.from, into.to),
        strength: STRENGTH.transitionInto,
      },
    ];
  }
  return [];
}
