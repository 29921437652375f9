import { getContactView, listContacts } from '../../db/contacts';
import { loadSettings } from '../../db/settings';
import { canonicalProfileUrl } from '../../shared/profile-url';
import type { HandlerDeps, HandlerGroup } from './deps';

/**
 * The popup opens often and must be quick: one message answers everything it shows first, and the page
 * it is about is found here, while the database is read.
 */
export function popupHandlers({
  db,
  now,
  findPageTab,
  popupHandOff,
}: HandlerDeps): HandlerGroup<'ui:getPopupState'> {
  return {
    'ui:getPopupState': async ({ popupInTab, recentLimit, tabId }) => {
      const [tab, intent, settings, recent] = await Promise.all([
        findPageTab(popupInTab, tabId),
        popupHandOff.take(now()),
        loadSettings(db),
        listContacts(db, { limit: recentLimit }),
      ]);
      const profileUrl = intent?.contactUrl ?? (tab?.url ? canonicalProfileUrl(tab.url) : undefined);
      const view = profileUrl ? await getContactView(db, profileUrl) : null;
      return {
        ...(tab ? { tab } : {}),
        ...(profileUrl ? { profileUrl } : {}),
        view,
        recent,
        settings,
        intent,
      };
    },
  };
}
