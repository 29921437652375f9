import type { Education, Position } from '../shared/profile';
import type { MyProfile } from '../shared/settings';
import { parseTextList } from './text-list';

/** My profile as the form holds it: lists as the text the user is typing, so typing is never reflowed. */
export interface MyProfileDraft {
  me: MyProfile;
  skills: string;
  languages: string;
  obstacles: string;
}

export function toDraft(me: MyProfile): MyProfileDraft {
  return {
    me,
    skills: me.skills.join('\n'),
    languages: me.languages.join('\n'),
    obstacles: me.obstacles.join('\n'),
  };
}

function clean<T extends object>(row: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const text = typeof value === 'string' ? value.trim() : value;
    if (text === '' || text === undefined) continue;
    out[key] =
      key === 'end' && typeof text === 'string' && text.toLowerCase() === 'present' ? 'present' : text;
  }
  return out as T;
}

/** The profile to save: trimmed, empty rows and fields dropped. */
export function fromDraft(draft: MyProfileDraft): MyProfile {
  const { me } = draft;
  const trimmed = (s: string | undefined) => s?.trim() ?? '';
  const optional = (key: 'headline' | 'location' | 'about' | 'email' | 'url', value: string | undefined) =>
    trimmed(value) ? { [key]: trimmed(value) } : {};
  const result: MyProfile = {
    name: trimmed(me.name),
    situation: trimmed(me.situation),
    targetField: trimmed(me.targetField),
    targetRole: trimmed(me.targetRole),
    signature: me.signature.trim(),
    experience: me.experience.map(clean<Position>).filter((p) => p.title || p.company),
    education: me.education.map(clean<Education>).filter((e) => e.school),
    volunteering: me.volunteering.map(clean).filter((v) => v.organization),
    certifications: me.certifications.map(clean).filter((c) => c.name),
    skills: parseTextList(draft.skills, true),
    languages: parseTextList(draft.languages, true),
    obstacles: parseTextList(draft.obstacles),
    ...(me.callMinutes ? { callMinutes: me.callMinutes } : {}),
    ...optional('headline', me.headline),
    ...optional('location', me.location),
    ...optional('about', me.about),
    ...optional('email', me.email),
    ...optional('url', me.url),
  };
  return result;
}
