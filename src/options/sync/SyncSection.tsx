import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { type SyncStatus, syncAddressProblem, syncOriginPattern } from '../../shared/sync';
import { errorText } from '../../ui/errors';
import { absoluteTime, relativeTime } from '../../ui/format';
import { send } from '../../ui/messages';
import { StatusText } from '../../ui/StatusText';
import { CONNECTION_TEXT, describeCounts } from './sync-text';
import './sync.css';

type Outcome = { kind: 'ok' | 'error'; text: string } | undefined;

/** Options → Sync: the user's own server, off until they turn it on here. */
export function SyncSection() {
  const [status, setStatus] = useState<SyncStatus | undefined>();
  const [url, setUrl] = useState('ws://127.0.0.1:1234');
  const [token, setToken] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  const refresh = () => send('ui:getSyncStatus', {}).then(setStatus, (e: unknown) => setOutcome(error(e)));
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), 3000);
    return () => clearInterval(timer);
  }, []);

  const run = async (task: () => Promise<SyncStatus>, done: string) => {
    setBusy(true);
    try {
      setStatus(await task());
      setOutcome({ kind: 'ok', text: done });
    } catch (e) {
      setOutcome(error(e));
    } finally {
      setBusy(false);
    }
  };

  const enable = (event: Event) => {
    event.preventDefault();
    const problem = syncAddressProblem(url.trim());
    if (problem) return setOutcome({ kind: 'error', text: problem });
    // Asked now, in the click, for this one server: the browser only shows the prompt during a gesture.
    const asked = browser.permissions.request({ origins: [syncOriginPattern(url.trim())] });
    void run(async () => {
      if (!(await asked)) throw new Error('Sync needs permission to reach that server.');
      return send('ui:enableSync', { url: url.trim(), token });
    }, 'Sync is on.');
  };

  if (!status) return <p class="muted">Loading…</p>;
  return (
    <section aria-labelledby="sync-title" class="sync">
      <h2 id="sync-title">Sync</h2>
      <p class="muted">
        Keep Rapport the same in your browsers through a sync server you run yourself (
        <code>npm run sync-server</code>, see the README). Off until you turn it on; nothing connects before.
        The server sees everything you sync, unencrypted: Rapport does not encrypt end to end.
      </p>
      {status.enabled ? (
        <>
          <dl class="sync-facts">
            <dt>Server</dt>
            <dd>{status.url}</dd>
            <dt>Status</dt>
            <dd data-testid="sync-connection">
              {CONNECTION_TEXT[status.connection]}
              {status.error && <span class="muted"> ({status.error})</span>}
            </dd>
            <dt>Last synced</dt>
            <dd data-testid="sync-last">
              {status.lastSyncedAt !== undefined ? (
                <time
                  dateTime={new Date(status.lastSyncedAt).toISOString()}
                  title={absoluteTime(status.lastSyncedAt)}
                >
                  {relativeTime(status.lastSyncedAt, Date.now())}
                </time>
              ) : (
                'Not yet'
              )}
            </dd>
          </dl>
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={busy}
              onClick={() => void run(() => send('ui:syncNow', {}), 'Synced.')}
            >
              Sync now
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void run(() => send('ui:stopSync', {}), 'Sync is off. Everything stays in this browser.')
              }
            >
              Stop syncing
            </button>
          </div>
          <details class="sync-compact">
            <summary>Deleted records</summary>
            <p class="muted">
              Sync remembers what you deleted so that it stays deleted in every browser. Once all your
              browsers have synced, you can fold those records away to keep the server's copy small.
            </p>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void (async () => {
                  setBusy(true);
                  try {
                    const { removed } = await send('ui:compactSync', {});
                    setOutcome({ kind: 'ok', text: `Folded away ${removed} deleted records.` });
                  } catch (e) {
                    setOutcome(error(e));
                  } finally {
                    setBusy(false);
                  }
                })()
              }
            >
              Fold away deleted records
            </button>
          </details>
          <h3>What changed</h3>
          {status.changes.length ? (
            <ul class="sync-changes">
              {status.changes.map((change) => (
                <li key={`${change.at}-${change.from}`}>
                  {change.from === 'here' ? 'Sent from this browser: ' : 'From your other browsers: '}
                  {describeCounts(change.counts)}{' '}
                  <span class="muted">({relativeTime(change.at, Date.now())})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">Nothing yet.</p>
          )}
        </>
      ) : (
        <form onSubmit={enable} class="sync-form">
          <label>
            Server address
            <input
              type="text"
              name="sync-url"
              value={url}
              onInput={(e) => setUrl(e.currentTarget.value)}
              spellcheck={false}
              required
            />
          </label>
          <label>
            Shared secret (the server's RAPPORT_SYNC_TOKEN)
            <input
              type="password"
              name="sync-token"
              value={token}
              minLength={8}
              onInput={(e) => setToken(e.currentTarget.value)}
              autocomplete="off"
              required
            />
          </label>
          <div class="actions">
            <button type="submit" class="primary" disabled={busy}>
              Turn on sync
            </button>
          </div>
        </form>
      )}
      {outcome && (
        <p>
          <StatusText status={outcome} />
        </p>
      )}
    </section>
  );
}

const error = (e: unknown): Outcome => ({ kind: 'error', text: errorText(e) });
