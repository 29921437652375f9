import { foldText } from '../core/names/fold-text';
import { canonicalProfileUrl } from '../shared/profile-url';
import type { MyProfile } from '../shared/settings';

/**
 * Whether the profile on the page could be the user's own, so "This is me" is worth offering. Once My
 * profile names its LinkedIn address, only that profile; once it has a name, only a person of that name;
 * before either, any profile (it may be the one they are about to read themselves from).
 */
export function couldBeMe(me: MyProfile, pageUrl: string, personName?: string): boolean {
  const page = canonicalProfileUrl(pageUrl);
  if (!page) return false;
  const mine = me.url ? canonicalProfileUrl(me.url) : undefined;
  if (mine) return mine === page;
  if (me.name.trim() && personName?.trim()) return foldText(me.name) === foldText(personName);
  return !me.name.trim();
}
