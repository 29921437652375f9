import { useState } from 'preact/hooks';
import { errorText } from '../../ui/errors';
import { announceFollowUpsChanged } from '../../ui/follow-through-events';
import { send } from '../../ui/messages';

interface Props {
  url: string;
  name: string;
  onDeleted: () => void;
}

/** Forgetting a person, with everything Rapport keeps about them, after the user confirms. */
export function DeleteContact({ url, name, onDeleted }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const remove = async () => {
    setBusy(true);
    try {
      await send('ui:deleteContact', { url });
      announceFollowUpsChanged();
      onDeleted();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="delete-contact" aria-labelledby="delete-contact-title">
      <h3 id="delete-contact-title">Delete this person</h3>
      {confirming ? (
        <div class="card confirm" role="alertdialog" aria-labelledby="delete-contact-question">
          <p id="delete-contact-question">
            Delete {name} from Rapport? Their saved profiles, your notes, the conversation history and every
            reminder about them go too. This cannot be undone.
          </p>
          <div class="actions">
            <button type="button" class="danger" disabled={busy} onClick={() => void remove()}>
              Delete {name}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Delete this person…
        </button>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
