import { getContactView, listContacts } from '../../db/contacts';
import { takePopupIntent } from '../../db/popup-intent';
import { loadSettings } from '../../db/settings';
import { canonicalProfileUrl } from '../../shared/profile-url';
import type { HandlerDeps, HandlerGroup } from './deps';

/** The popup opens often and must be quick: one message answers everything it shows first. */
export function popupHandlers({
  db,
  now,
}: HandlerDeps): HandlerGroup<'ui:getPopupState' | 'ui:takePopupIntent'> {
  return {
    'ui:getPopupState': async ({ pageUrl, recentLimit }) => {
      const [intent, settings] = await Promise.all([takePopupIntent(db, now()), loadSettings(db)]);
      const profileUrl = intent?.contactUrl ?? (pageUrl ? canonicalProfileUrl(pageUrl) : undefined);
      const [view, recent] = await Promise.all([
        profileUrl ? getContactView(db, profileUrl) : null,
        listContacts(db, { limit: recentLimit }),
      ]);
      return { ...(profileUrl ? { profileUrl } : {}), view, recent, settings, intent };
    },
    'ui:takePopupIntent': () => takePopupIntent(db, now()),
  };
}
