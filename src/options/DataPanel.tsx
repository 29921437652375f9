import { useEffect, useState } from 'preact/hooks';
import type { ImportMode, ImportPreview as ImportPreviewData, ImportSummary } from '../shared/protocol';
import { errorText } from '../ui/errors';
import { send } from '../ui/messages';
import { StatusText } from '../ui/StatusText';
import { ImportPreview } from './backup/ImportPreview';
import { readExport } from './backup/read-export';
import { cancelStaged, commitStaged, previewStaged, stageFile } from './backup/send-import';

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function describe(summary: ImportSummary): string {
  return `${summary.contacts} contacts, ${summary.interactions} interactions, ${summary.snapshots} saved versions`;
}

interface Busy {
  label: string;
  done: number;
  total: number;
}

interface Staged {
  name: string;
  importId: string;
  preview: Record<ImportMode, ImportPreviewData>;
}

/** Export and import of everything Rapport stores, in the documented JSON format, at any size. */
export function DataPanel({ onImported }: { onImported: () => void }) {
  const [staged, setStaged] = useState<Staged | undefined>();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [busy, setBusy] = useState<Busy | undefined>();
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
  const alsoSynced = syncing ? ' Sync is on: your other browsers get the same change.' : '';

  const track = (label: string) => (done: number, total: number) => setBusy({ label, done, total });
  const run = async (label: string, work: () => Promise<void>) => {
    setStatus(undefined);
    setBusy({ label, done: 0, total: 0 });
    try {
      await work();
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(undefined);
    }
  };

  const exportAll = () =>
    run('Exporting', async () => {
      const blob = await readExport(track('Exporting'));
      const day = new Date().toISOString().slice(0, 10);
      download(`rapport-export-${day}.json`, blob);
      setStatus({ kind: 'ok', text: 'Exported.' });
    });

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    if (staged) void cancelStaged(send, staged.importId);
    setStaged(undefined);
    await run('Reading the file', async () => {
      let file: unknown;
      try {
        file = JSON.parse(await chosen.text());
      } catch {
        throw new Error(`${chosen.name} is not a JSON file.`);
      }
      const importId = await stageFile(send, file, track('Checking the file'));
      try {
        setStaged({ name: chosen.name, importId, preview: await previewStaged(send, importId) });
      } catch (e) {
        void cancelStaged(send, importId);
        throw e;
      }
    });
  };

  const importStaged = (mode: ImportMode) =>
    run('Importing', async () => {
      if (!staged) return;
      const summary = await commitStaged(send, staged.importId, mode);
      setStaged(undefined);
      setStatus({ kind: 'ok', text: `Imported. Rapport now holds ${describe(summary)}.` });
      onImported();
    });

  const cancel = () => {
    if (staged) void cancelStaged(send, staged.importId);
    setStaged(undefined);
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
        <button type="button" class="primary" disabled={!!busy} onClick={() => void exportAll()}>
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
      {busy && (
        <p class="progress" role="status">
          {busy.label}…{' '}
          {busy.total > 0 && (
            <>
              <progress value={busy.done} max={busy.total} /> {busy.done.toLocaleString()} of{' '}
              {busy.total.toLocaleString()} records
            </>
          )}
        </p>
      )}
      {staged && !busy && (
        <div class="card confirm" role="alertdialog" aria-labelledby="confirm-title">
          <p id="confirm-title">
            Import <strong>{staged.name}</strong>? Nothing is written until you choose.{alsoSynced}
          </p>
          <h3>Replace: the file becomes your data</h3>
          <ImportPreview preview={staged.preview.replace} />
          <h3>Merge: the newest edit of each record wins, nothing is deleted</h3>
          <ImportPreview preview={staged.preview.merge} />
          <div class="actions">
            <button type="button" class="primary" onClick={() => void importStaged('merge')}>
              Merge into my data
            </button>
            <button type="button" onClick={() => void importStaged('replace')}>
              Replace my data
            </button>
            <button type="button" onClick={cancel}>
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
