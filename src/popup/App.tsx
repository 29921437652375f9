import { useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isProfileUrl } from '../shared/profile-url';
import type { PopupState } from '../shared/protocol';
import { contactPageHash, OPTIONS_PAGE } from '../shared/routes';
import { sameData } from '../shared/same-data';
import { errorText } from '../ui/errors';
import { useFollowUpsChanged } from '../ui/follow-through-events';
import { useLazy } from '../ui/use-lazy';
import { couldBeMe } from './could-be-me';
import { useDueCount } from './due/due-count';
import { EmptyState } from './EmptyState';
import type { FirstState } from './early-popup-state';
import { loadState } from './load-state';
import { PersonView } from './PersonView';
import { ThisIsMeButton } from './prepare/ThisIsMe';
import { RecentContacts } from './RecentContacts';
import { UnsavedProfile } from './UnsavedProfile';
import { panelId, tabId, ViewTabs } from './ViewTabs';

type Tab = 'person' | 'due';

/** Asked for once the person is on screen, so it does not compete with what the popup shows first. */
function DueCount() {
  const count = useDueCount();
  return count ? ` (${count})` : null;
}

/** Marked when the background's answer has come in after a direct read (and shown only if it differed). */
export const STATE_CHECKED_MARK = 'rapport:state-checked';

export function App({ initial }: { initial: Promise<FirstState> }) {
  const [state, setState] = useState<PopupState | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [tab, setTab] = useState<Tab>('person');
  // The due list's code loads when its tab is first chosen: the person view is what the popup opens on.
  const Due = useLazy(tab === 'due', () => import('./due/DueView').then((m) => m.DueView));
  const show = (state: Promise<PopupState>) => state.then(setState, (e: unknown) => setError(errorText(e)));
  const reload = () => show(loadState());
  // A layout effect subscribes before the browser paints: when the state is already there, the first frame
  // shows the person rather than "Loading…" (an effect would run only after that frame).
  useLayoutEffect(() => {
    void initial.then(
      ({ state, direct }) => {
        setState(state);
        // The first view came from the database without the worker. Its answer comes in later and is shown
        // only if it differs (a capture the worker was still saving, a hand-off taken meanwhile).
        if (direct) {
          void loadState().then(
            (fresh) => {
              performance.mark(STATE_CHECKED_MARK);
              setState((shown) => (shown && sameData(shown, fresh) ? shown : fresh));
            },
            () => undefined,
          );
        }
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, []);
  // Marking the thank-you sent in the Due view changes the person's stage: show it without reopening.
  useFollowUpsChanged(() => void reload());

  const openOptions = () => void browser.runtime.openOptionsPage();
  const openContact = (url: string) =>
    void browser.tabs.create({
      url: browser.runtime.getURL(`${OPTIONS_PAGE}${contactPageHash(url)}`),
    });
  const others = state?.recent.filter((c) => c.url !== state.profileUrl) ?? [];

  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>Rapport</h1>
        <button type="button" class="link" onClick={openOptions}>
          Contacts &amp; settings
        </button>
      </header>
      <ViewTabs
        label="Views"
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'person', label: 'This person' },
          { id: 'due', label: <>Due{state && <DueCount />}</> },
        ]}
      />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {tab === 'due' && (
        <div role="tabpanel" id={panelId('due')} aria-labelledby={tabId('due')}>
          {Due ? <Due onOpenContact={openContact} /> : <p class="muted">Loading…</p>}
        </div>
      )}
      {tab === 'person' && (
        <div role="tabpanel" id={panelId('person')} aria-labelledby={tabId('person')}>
          {!state && !error && <p class="muted">Loading…</p>}
          {state && (
            <>
              {state.view && (
                <PersonView
                  view={state.view}
                  settings={state.settings}
                  focusDraft={state.intent?.view === 'draft'}
                  onChanged={() => void reload()}
                />
              )}
              {!state.view && state.profileUrl && state.tab && (
                <UnsavedProfile tabId={state.tab.id} onSaved={() => void reload()} />
              )}
              {state.tab &&
                isProfileUrl(state.tab.url) &&
                couldBeMe(state.settings.me, state.tab.url, state.view?.contact.name) && (
                  <ThisIsMeButton tabId={state.tab.id} />
                )}
              {!state.profileUrl && state.recent.length === 0 && <EmptyState onOpenOptions={openOptions} />}
              {others.length > 0 && <RecentContacts contacts={others} />}
            </>
          )}
        </div>
      )}
    </main>
  );
}
