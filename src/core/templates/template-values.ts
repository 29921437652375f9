import type { Contact } from '../../shared/contact';
import type { ProfileSnapshot } from '../../shared/profile';
import { DEFAULT_CALL_MINUTES } from '../../shared/settings';
import { strongestCommonGround } from '../common-ground/common-ground';
import type { CommonGround, MyProfileLike } from '../common-ground/types';
import { firstNameOf } from '../names/person-names';
import { currentPosition } from '../profile/profile-facts';
import { sentenceCase } from './sentence-case';
import type { TemplateValues } from './templates';

export interface TemplateValueInput {
  me: MyProfileLike;
  them: Contact | ProfileSnapshot;
  /** All common ground found; the strongest worth mentioning becomes {{commonGround}}. */
  commonGround?: readonly CommonGround[];
  /** Who suggested the contact; the contact's own referredBy is used when absent. */
  referrer?: { name: string; url?: string };
  /** Values only the user can give (meeting.point, update.news …); these win over derived ones. */
  extra?: TemplateValues;
}

/** "Senior Designer at Acme" or "Designer @ Acme": the current role when experience is not captured. */
function roleFromHeadline(headline: string | undefined): { title?: string; company?: string } {
  const match = /^(.+?)\s+(?:at|@)\s+([^|•·,]+)/i.exec(headline ?? '');
  return match?.[1] && match[2] ? { title: match[1].trim(), company: match[2].trim() } : {};
}

/** Everything a template can say, from the user's profile, the contact and what the user adds. */
export function buildTemplateValues(input: TemplateValueInput): TemplateValues {
  const { me, them } = input;
  const profile = 'profile' in them ? them.profile : them;
  const theirName = them.name.trim() || profile.name.trim();
  const role = currentPosition(profile) ?? roleFromHeadline(profile.headline);
  const referrer = input.referrer ?? ('referredBy' in them ? them.referredBy : undefined);
  const mine = 'situation' in me ? me : undefined;
  const values: TemplateValues = {
    'them.name': theirName,
    'them.firstName': firstNameOf(theirName),
    'them.title': role.title?.trim(),
    'them.company': role.company?.trim(),
    'me.name': me.name.trim(),
    'me.firstName': firstNameOf(me.name),
    'me.situation': mine?.situation.trim(),
    'me.targetField': mine && sentenceCase(mine.targetField.trim()),
    'me.targetRole': mine && sentenceCase(mine.targetRole.trim()),
    'me.callMinutes': String(mine?.callMinutes ?? DEFAULT_CALL_MINUTES),
    'me.email': mine?.email?.trim(),
    'me.signature': mine?.signature.trim() || me.name.trim(),
    commonGround: input.commonGround ? strongestCommonGround(input.commonGround)?.phrase : undefined,
    'referrer.name': referrer?.name.trim(),
    'referrer.firstName': referrer ? firstNameOf(referrer.name) : undefined,
  };
  for (const [name, value] of Object.entries(input.extra ?? {}) as [
    keyof TemplateValues,
    string | undefined,
  ][]) {
    if (value?.trim()) values[name] = value;
  }
  return values;
}
