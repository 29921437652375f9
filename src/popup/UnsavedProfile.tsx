import { useState } from 'preact/hooks';
import { errorText } from '../ui/errors';
import { send } from '../ui/messages';

/** A LinkedIn profile Rapport has not saved yet: usually still loading, or opened before Rapport was installed. */
export function UnsavedProfile({ tabId, onSaved }: { tabId: number; onSaved: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
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
  return (
    <section class="card" aria-labelledby="unsaved-title">
      <h2 id="unsaved-title">This person is not saved yet</h2>
      <p class="muted">Rapport saves a profile once it has loaded. You can also save it now.</p>
      <button type="button" class="primary" disabled={busy} onClick={() => void save()}>
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
