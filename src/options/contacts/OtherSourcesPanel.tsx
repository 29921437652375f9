import { useState } from 'preact/hooks';
import type { Contact } from '../../shared/contact';
import { contactPageHash } from '../../shared/routes';
import { errorText } from '../../ui/errors';
import { send } from '../../ui/messages';
import { useLoad } from '../../ui/use-load';
import { SourceCompare, siteOf } from './SourceCompare';

interface Props {
  /** A LinkedIn contact, whom pages on other sites may have named (their people carry `sameAs`). */
  contact: Contact;
  onChanged: () => void;
}

/**
 * The LinkedIn side of a person saved from another site: "Also found on devdays.example", both versions
 * side by side, a link to the other one, and merge or keep apart, so the user meets the choice from
 * either contact's page.
 */
export function OtherSourcesPanel({ contact, onChanged }: Props) {
  const { data: sources, reload } = useLoad(
    () => send('ui:listOtherSources', { url: contact.url }),
    [contact.url],
  );
  const [status, setStatus] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  if (!sources?.length) return null;

  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    setStatus(undefined);
    try {
      await run();
      await reload();
      onChanged();
    } catch (error) {
      setStatus(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="same-as other-sources">
      {sources.map((source) => {
        const site = siteOf(source.url);
        const titleId = `other-source-${encodeURIComponent(source.url)}`;
        return (
          <section key={source.url} class="other-source" aria-labelledby={titleId}>
            <h3 id={titleId}>Also found on {site}</h3>
            <p>
              A page on {site} names this LinkedIn profile. Rapport saved the person it describes,{' '}
              <a href={contactPageHash(source.url)}>
                {source.name} from {site}
              </a>
              , separately, so it did not change what LinkedIn says.
            </p>
            <SourceCompare
              left={{ label: 'From LinkedIn', profile: contact.profile }}
              right={{ label: `From ${site}`, profile: source.profile }}
            />
            <div class="same-as-actions">
              <button
                type="button"
                class="primary"
                disabled={busy}
                onClick={() => void act(() => send('ui:mergeSource', { url: source.url }))}
              >
                Merge {site} into {contact.name}
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => void act(() => send('ui:unlinkSource', { url: source.url }))}
              >
                Keep separate
              </button>
            </div>
          </section>
        );
      })}
      {status && (
        <p role="alert" class="error">
          {status}
        </p>
      )}
    </div>
  );
}
