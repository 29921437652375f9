import { useState } from 'preact/hooks';
import { errorText } from '../ui/errors';
import { send } from '../ui/messages';
import { useLoad } from '../ui/use-load';
import { NOT_A_PROFILE } from './page-kind-text';

/** A LinkedIn profile Rapport has not saved yet: usually still loading, or opened before Rapport was installed. */
export function UnsavedProfile({ tabId, onSaved }: { tabId: number; onSaved: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  // What the page is, so that a page with no one on it says so instead of offering a save that fails.
  const page = useLoad(() => send('ui:readTab', { tabId }), [tabId]);
  const kind = page.data?.report.page;
  const notAProfile = kind && NOT_A_PROFILE[kind];
  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await send('ui:captureTab', { tabId });
      onSaved();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  if (notAProfile) {
    return (
      <section class="card" aria-labelledby="unsaved-title" data-testid="not-a-profile">
        <h2 id="unsaved-title">{notAProfile.title}</h2>
        <p class="muted">{notAProfile.text}</p>
      </section>
    );
  }
  return (
    <section class="card" aria-labelledby="unsaved-title">
      <h2 id="unsaved-title">This person is not saved yet</h2>
      <p class="muted">Rapport saves a profile once it has loaded. You can also save it now.</p>
      <button
        type="button"
        class="primary"
        disabled={busy || (!page.data && !page.error)}
        onClick={() => void save()}
      >
        {busy ? 'Saving…' : 'Save this person'}
      </button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
