import { useEffect, useState } from 'preact/hooks';
import type { ImportSummary } from '../shared/protocol';
import { errorText } from '../ui/errors';
import { send } from '../ui/messages';
import { StatusText } from '../ui/StatusText';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function describe(summary: ImportSummary): string {
  return `${summary.contacts} contacts, ${summary.interactions} interactions, ${summary.snapshots} saved versions`;
}

/** Export and import of everything Rapport stores, in the documented JSON format. */
export function DataPanel({ onImported }: { onImported: () => void }) {
  const [pending, setPending] = useState<{ name: string; file: unknown; contacts: number } | undefined>();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  // With sync on, replacing or deleting everything here does the same in the user's other browsers.
  const [syncing, setSyncing] = useState(false);
  useEffect(() => {
    send('ui:getSyncStatus', {}).then(
      (s) => setSyncing(s.enabled),
      () => undefined,
    );
  }, []);
  const everywhere = syncing ? ' Sync is on: your other browsers lose it too.' : '';

  const exportAll = async () => {
    try {
      const data = await send('ui:exportData', {});
      const day = new Date().toISOString().slice(0, 10);
      download(`rapport-export-${day}.json`, JSON.stringify(data, null, 2));
      setStatus({ kind: 'ok', text: 'Exported.' });
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    }
  };

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    try {
      const file: unknown = JSON.parse(await chosen.text());
      const contacts = (file as { tables?: { contacts?: unknown[] } })?.tables?.contacts?.length ?? 0;
      setPending({ name: chosen.name, file, contacts });
      setStatus(undefined);
    } catch {
      setStatus({ kind: 'error', text: `${chosen.name} is not a JSON file.` });
    }
  };

  const importPending = async () => {
    if (!pending) return;
    try {
      const summary = await send('ui:importData', { file: pending.file });
      setStatus({ kind: 'ok', text: `Imported ${describe(summary)}.` });
      setPending(undefined);
      onImported();
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    }
  };

  const deleteEverything = async () => {
    try {
      await send('ui:deleteAllData', { confirm: 'delete everything' });
      setConfirmDelete(false);
      setStatus({ kind: 'ok', text: 'All Rapport data was deleted.' });
      onImported();
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    }
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p class="muted">
        Everything Rapport knows is stored in this browser only. Export it to keep a backup or to move to
        another computer; the file format is documented and versioned.
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void exportAll()}>
          Export all data
        </button>
        <label class="button-like" for="import-file">
          Import from a file…
        </label>
        <input
          id="import-file"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void choose(e.currentTarget)}
        />
      </div>
      {pending && (
        <div class="card confirm" role="alertdialog" aria-labelledby="confirm-title">
          <p id="confirm-title">
            Replace all your Rapport data with <strong>{pending.name}</strong> ({pending.contacts} contacts)?
            What is stored now will be gone; export it first if you may want it back.{everywhere}
          </p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void importPending()}>
              Replace my data
            </button>
            <button type="button" onClick={() => setPending(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <h3>Delete everything</h3>
      <p class="muted">Removes every contact, note, reminder and your profile from this browser.</p>
      {confirmDelete ? (
        <div class="card confirm" role="alertdialog" aria-labelledby="delete-title">
          <p id="delete-title">Delete all your Rapport data? This cannot be undone.{everywhere}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void deleteEverything()}>
              Delete all data
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirmDelete(true)}>
          Delete all data…
        </button>
      )}
      {status && (
        <p>
          <StatusText status={status} />
        </p>
      )}
    </section>
  );
}
