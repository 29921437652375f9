import { useState } from 'preact/hooks';
import { type LinkedInConnection, readConnections } from '../../core/contact-files/linkedin-connections';
import { errorText } from '../../ui/errors';
import { send } from '../../ui/messages';
import { StatusText } from '../../ui/StatusText';

function download(name: string, mediaType: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${mediaType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

/**
 * Contacts in and out in the formats other tools use: a spreadsheet, an address book, and LinkedIn's own
 * Connections.csv (Settings → Data privacy → Get a copy of your data → Connections).
 */
export function ContactFiles() {
  const [pending, setPending] = useState<{
    name: string;
    connections: LinkedInConnection[];
    skipped: number;
  }>();
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: 'csv' | 'vcard') => {
    try {
      const file = await send('ui:exportContacts', { format });
      download(file.fileName, file.mediaType, file.text);
      setStatus({ kind: 'ok', text: `Exported ${file.fileName}.` });
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    }
  };

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    const file = readConnections(await chosen.text());
    if (!file) {
      setPending(undefined);
      setStatus({
        kind: 'error',
        text: `${chosen.name} is not LinkedIn's Connections.csv: it has no First Name and URL columns.`,
      });
      return;
    }
    setPending({ name: chosen.name, ...file });
    setStatus(undefined);
  };

  const importPending = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const result = await send('ui:importConnections', { connections: pending.connections });
      const parts = [`Added ${people(result.added)} to contact`];
      if (result.alreadySaved)
        parts.push(`${people(result.alreadySaved)} already saved were kept as they were`);
      if (result.emailsAdded) parts.push(`${result.emailsAdded} got their email address`);
      setStatus({ kind: 'ok', text: `${parts.join('; ')}.` });
      setPending(undefined);
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="contact-files-title" class="contact-files">
      <h3 id="contact-files-title">Contacts for other tools</h3>
      <p class="muted">
        Your contacts as a spreadsheet (CSV) or for your address book (vCard). Or bring in your LinkedIn
        connections: in LinkedIn, <em>Settings → Data privacy → Get a copy of your data → Connections</em>,
        then choose the Connections.csv file here. They are added as people to reach out to.
      </p>
      <div class="actions">
        <button type="button" onClick={() => void exportAs('csv')}>
          Export contacts (CSV)
        </button>
        <button type="button" onClick={() => void exportAs('vcard')}>
          Export contacts (vCard)
        </button>
        <label class="button-like" for="connections-file">
          Import LinkedIn connections…
        </label>
        <input
          id="connections-file"
          class="visually-hidden"
          type="file"
          accept="text/csv,.csv"
          onChange={(e) => void choose(e.currentTarget)}
        />
      </div>
      {pending && (
        <div class="card confirm" role="alertdialog" aria-labelledby="connections-confirm-title">
          <p id="connections-confirm-title">
            {pending.name} lists {people(pending.connections.length)}
            {pending.skipped > 0 && ` (and ${pending.skipped} without a profile address, which are left out)`}
            . Add them as people to reach out to? Anyone already saved keeps what Rapport knows about them.
          </p>
          {pending.connections.length > 0 && (
            <ul class="connections-preview" aria-label="First people in the file">
              {pending.connections.slice(0, 5).map((c) => (
                <li key={c.url}>
                  {c.name}
                  {c.position || c.company ? (
                    <span class="muted"> · {[c.position, c.company].filter(Boolean).join(' at ')}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={busy || pending.connections.length === 0}
              onClick={() => void importPending()}
            >
              Add {people(pending.connections.length)}
            </button>
            <button type="button" onClick={() => setPending(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {status && (
        <p>
          <StatusText status={status} />
        </p>
      )}
    </section>
  );
}
