import { useState } from 'preact/hooks';
import type { Contact } from '../../shared/contact';
import { contactPageHash } from '../../shared/routes';
import { errorText } from '../../ui/errors';
import { send } from '../../ui/messages';
import { useLoad } from '../../ui/use-load';
import { SourceCompare } from './SourceCompare';

interface Props {
  /** A person saved from another site, whose page named a LinkedIn contact (`sameAs`). */
  contact: Contact & { sameAs: string };
  onChanged: () => void;
}

/**
 * Another site said this person is someone captured from LinkedIn. Both are shown side by side, and
 * the user decides: merge (what LinkedIn did not say is added to the LinkedIn contact; nothing there is
 * replaced) or keep them apart.
 */
export function SameAsPanel({ contact, onChanged }: Props) {
  const { data: linked } = useLoad(() => send('ui:getContact', { url: contact.sameAs }), [contact.sameAs]);
  const [status, setStatus] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  if (linked === undefined) return null;
  const other = linked?.contact;

  const act = async (run: () => Promise<void>) => {
    setBusy(true);
    try {
      await run();
    } catch (error) {
      setStatus(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const merge = () =>
    act(async () => {
      const { url } = await send('ui:mergeSource', { url: contact.url });
      location.hash = contactPageHash(url);
    });
  const keepApart = () =>
    act(async () => {
      await send('ui:unlinkSource', { url: contact.url });
      onChanged();
    });

  return (
    <section class="same-as" aria-labelledby="same-as-title">
      <h3 id="same-as-title">Also on LinkedIn?</h3>
      {other ? (
        <>
          <p>
            This page names the LinkedIn profile of <a href={contactPageHash(other.url)}>{other.name}</a>.
            Rapport saved it separately, so it did not change what LinkedIn says.
          </p>
          <SourceCompare
            left={{ label: 'From this page', profile: contact.profile }}
            right={{ label: 'From LinkedIn', profile: other.profile }}
          />
          <p class="muted small">
            Merging adds what LinkedIn does not say (and this person's history and notes) to {other.name}, and
            changes nothing LinkedIn says.
          </p>
          <div class="same-as-actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void merge()}>
              Merge into {other.name}
            </button>
            <button type="button" disabled={busy} onClick={() => void keepApart()}>
              Keep separate
            </button>
          </div>
        </>
      ) : (
        <p class="muted">The LinkedIn profile this page named is no longer saved.</p>
      )}
      {status && (
        <p role="alert" class="error">
          {status}
        </p>
      )}
    </section>
  );
}
