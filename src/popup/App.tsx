import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { canonicalProfileUrl } from '../shared/profile-url';
import type { ContactSummary, ContactView } from '../shared/protocol';
import { send } from '../shared/ui/messages';
import { findPageTab, type PageTab } from './active-tab';
import { ContactCard } from './ContactCard';
import { EmptyState } from './EmptyState';
import { RecentContacts } from './RecentContacts';
import { UnsavedProfile } from './UnsavedProfile';

const RECENT_LIMIT = 8;

interface PopupState {
  tab?: PageTab;
  profileUrl?: string;
  view: ContactView | null;
  recent: ContactSummary[];
}

async function loadState(): Promise<PopupState> {
  const tab = await findPageTab();
  const profileUrl = tab ? canonicalProfileUrl(tab.url) : undefined;
  const [view, recent] = await Promise.all([
    profileUrl ? send('ui:getContact', { url: profileUrl }) : Promise.resolve(null),
    send('ui:listContacts', { limit: RECENT_LIMIT }),
  ]);
  return { ...(tab ? { tab } : {}), ...(profileUrl ? { profileUrl } : {}), view, recent };
}

export function App() {
  const [state, setState] = useState<PopupState | undefined>();
  const [error, setError] = useState<string | undefined>();
  const reload = () =>
    loadState().then(setState, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  useEffect(() => {
    void reload();
  }, []);

  const openOptions = () => void browser.runtime.openOptionsPage();
  const others = state?.recent.filter((c) => c.url !== state.profileUrl) ?? [];

  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>Rapport</h1>
        <button type="button" class="link" onClick={openOptions}>
          My profile &amp; settings
        </button>
      </header>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {!state && !error && <p class="muted">Loading…</p>}
      {state?.view && <ContactCard view={state.view} />}
      {state && !state.view && state.profileUrl && state.tab && (
        <UnsavedProfile tabId={state.tab.id} onSaved={() => void reload()} />
      )}
      {state && !state.profileUrl && state.recent.length === 0 && <EmptyState onOpenOptions={openOptions} />}
      {others.length > 0 && <RecentContacts contacts={others} />}
    </main>
  );
}
