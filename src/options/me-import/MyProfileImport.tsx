import { useEffect, useState } from 'preact/hooks';
import type { ProfileSnapshot } from '../../shared/profile';
import type { Settings } from '../../shared/settings';
import { errorText } from '../../ui/errors';
import { send } from '../../ui/messages';
import { useLoad } from '../../ui/use-load';
import {
  chosenCount,
  describeItem,
  IMPORT_FIELDS,
  IMPORT_LISTS,
  type ImportChoice,
  type ImportList,
  initialChoice,
  isInMyProfile,
  mergeIntoMe,
} from './merge-me';
import './me-import.css';
import { StatusText } from '../../ui/StatusText';

interface Props {
  tabId: number;
  settings: Settings;
  onSaved: (settings: Settings) => void;
  onCancel: () => void;
}

/**
 * "This is me": reads the user's own LinkedIn page and shows it next to My profile, for the user to tick
 * what to use. Nothing is saved until they say so.
 */
export function MyProfileImport({ tabId, settings, onSaved, onCancel }: Props) {
  const page = useLoad(() => send('ui:readTab', { tabId }), [tabId]);
  const [choice, setChoice] = useState<ImportChoice | undefined>();
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const { me } = settings;
  const captured = page.data?.profile;

  useEffect(() => {
    if (captured) setChoice(initialChoice(me, captured));
  }, [captured]);

  if (page.error) {
    return (
      <section class="me-import" aria-labelledby="me-import-title">
        <h2 id="me-import-title">Fill My profile from your LinkedIn page</h2>
        <p role="alert" class="error">
          Rapport could not read that page: {page.error}
        </p>
        <div class="actions">
          <button type="button" onClick={() => void page.reload()}>
            Try again
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </section>
    );
  }
  if (!captured || !choice) return <p class="muted">Reading your LinkedIn page…</p>;

  const tick = (change: (c: ImportChoice) => ImportChoice) => {
    setChoice((c) => c && change(c));
    setStatus(undefined);
  };
  const save = async () => {
    setBusy(true);
    try {
      const saved = await send('ui:saveSettings', {
        settings: { ...settings, me: mergeIntoMe(me, captured, choice) },
      });
      setStatus({ kind: 'saved', text: 'Saved to My profile.' });
      onSaved(saved);
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  const count = chosenCount(choice);

  return (
    <section class="me-import" aria-labelledby="me-import-title">
      <h2 id="me-import-title">Fill My profile from your LinkedIn page</h2>
      <p class="muted">
        Tick what to use. New items are ticked for you; nothing changes until you choose “Use these in My
        profile”. Where you stand, what you are aiming for, your obstacles and your signature stay as you
        wrote them.
      </p>
      <fieldset class="me-import-group">
        <legend>About you</legend>
        <table class="me-import-fields">
          <thead>
            <tr>
              <th scope="col">From the page</th>
              <th scope="col">In My profile now</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_FIELDS.map(({ key, label }) => {
              const value = captured[key]?.trim() ?? '';
              return (
                <tr key={key}>
                  <td>
                    <label class="check">
                      <input
                        type="checkbox"
                        checked={choice.fields[key]}
                        disabled={!value || value === me[key]?.trim()}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          tick((c) => ({ ...c, fields: { ...c.fields, [key]: on } }));
                        }}
                      />
                      <span>
                        <strong>{label}:</strong> {value || <span class="muted">not on the page</span>}
                      </span>
                    </label>
                  </td>
                  <td>{me[key]?.trim() || <span class="muted">—</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
      {IMPORT_LISTS.map(({ key, label }) => (
        <ListChoice
          key={key}
          list={key}
          label={label}
          captured={captured}
          settings={settings}
          ticks={choice.lists[key]}
          onTick={(index, on) =>
            tick((c) => ({
              ...c,
              lists: { ...c.lists, [key]: c.lists[key].map((t, i) => (i === index ? on : t)) },
            }))
          }
        />
      ))}
      <div class="actions">
        <button type="button" class="primary" disabled={busy || count === 0} onClick={() => void save()}>
          Use these in My profile
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
        <span class="muted">{count === 0 ? 'Nothing ticked.' : `${count} ticked.`}</span>
        <StatusText status={status} />
      </div>
    </section>
  );
}

interface ListProps {
  list: ImportList;
  label: string;
  captured: ProfileSnapshot;
  settings: Settings;
  ticks: boolean[];
  onTick: (index: number, on: boolean) => void;
}

/** One list (schools, employers…): the page's items to tick, beside what My profile already has. */
function ListChoice({ list, label, captured, settings, ticks, onTick }: ListProps) {
  const items = captured[list] as ProfileSnapshot[typeof list][number][];
  const mine = settings.me[list] as ProfileSnapshot[typeof list][number][];
  if (items.length === 0) return null;
  const fresh = items.filter((item) => !isInMyProfile(settings.me, list, item)).length;
  return (
    <fieldset class="me-import-group">
      <legend>
        {label} <span class="muted small">({fresh === 0 ? 'nothing new' : `${fresh} new`})</span>
      </legend>
      <div class="me-import-columns">
        <div>
          <h3 class="small">From the page</h3>
          <ul>
            {items.map((item, index) => {
              const known = isInMyProfile(settings.me, list, item);
              const text = describeItem(list, item);
              return (
                <li key={`${index}-${text}`}>
                  {known ? (
                    <span>
                      {text} <span class="muted small">(already in My profile)</span>
                    </span>
                  ) : (
                    <label class="check">
                      <input
                        type="checkbox"
                        checked={ticks[index] ?? false}
                        onChange={(e) => onTick(index, e.currentTarget.checked)}
                      />
                      <span>{text}</span>
                    </label>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
        <div>
          <h3 class="small">In My profile now</h3>
          {mine.length === 0 ? (
            <p class="muted small">Nothing yet.</p>
          ) : (
            <ul>
              {mine.map((item, index) => (
                <li key={`${index}-${describeItem(list, item)}`}>{describeItem(list, item)}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </fieldset>
  );
}
