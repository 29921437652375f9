import { useMemo, useState } from 'preact/hooks';
import { contactPageHash } from '../../shared/routes';
import { INTERACTION_LABELS } from '../../ui/follow-through-labels';
import { send } from '../../ui/messages';
import { RecordBoundary } from '../../ui/RecordBoundary';
import { useLoad } from '../../ui/use-load';
import { useNow } from '../../ui/use-now';
import { When } from '../../ui/When';
import { JournalTable } from './JournalTable';
import { JournalThemes } from './JournalThemes';
import { groupByMonth } from './journal-view';
import './journal.css';
import { LoadFailed } from '../../ui/LoadFailed';

const PAGE = 200;
// The most ui:listJournal returns at once.
const MOST = 1000;

/** Everything people advised, newest first, by month, each linked to the person who said it. */
export function JournalSection() {
  const [limit, setLimit] = useState(PAGE);
  const [query, setQuery] = useState('');
  const now = useNow();
  const {
    data: entries,
    error,
    reload,
  } = useLoad(() => send('ui:listJournal', { limit }), [limit], { keepOnChange: true });
  const themes = useLoad(() => send('ui:listThemes', {}), []);
  const [asTable, setAsTable] = useState(false);
  const interviews = useLoad(
    () => (asTable ? send('ui:listInterviews', {}) : Promise.resolve(undefined)),
    [asTable],
  );
  // Filtering is the one search (the background's index): typo-tolerant, accents and case aside, over
  // every note kept, not only the ones loaded.
  const words = query.trim();
  const { data: found } = useLoad(
    async () => (words ? send('ui:listJournal', { limit: MOST, query: words }) : undefined),
    [words],
    { keepOnChange: true },
  );
  const matching = words ? (found ?? []) : (entries ?? []);
  const groups = useMemo(() => groupByMonth(matching), [matching]);
  const more = entries !== undefined && entries.length >= limit && limit < MOST;

  return (
    <section class="journal" aria-labelledby="journal-title">
      <h2 id="journal-title">Journal</h2>
      <p class="muted">What people told you, from the notes you kept on every conversation.</p>
      {error && <LoadFailed message={`Could not load your notes: ${error}`} onRetry={() => void reload()} />}
      {!entries && !error && <p class="muted">Loading…</p>}
      {themes.data && <JournalThemes themes={themes.data} />}
      <div class="journal-views" role="tablist" aria-label="Journal view">
        <button type="button" role="tab" aria-selected={!asTable} onClick={() => setAsTable(false)}>
          Notes
        </button>
        <button type="button" role="tab" aria-selected={asTable} onClick={() => setAsTable(true)}>
          Table
        </button>
      </div>
      {asTable && interviews.data && <JournalTable rows={interviews.data} />}
      {asTable && interviews.error && (
        <LoadFailed
          message={`Could not load your interviews: ${interviews.error}`}
          onRetry={() => void interviews.reload()}
        />
      )}
      {!asTable && entries && entries.length === 0 && (
        <div class="card">
          <p>No notes yet.</p>
          <p class="muted">
            When you log a meeting or a note with someone, write down what they advised. It collects here.
          </p>
        </div>
      )}
      {!asTable && entries && entries.length > 0 && (
        <>
          <label class="field journal-filter" for="journal-filter">
            <span>Filter notes</span>
            <input
              id="journal-filter"
              type="search"
              value={query}
              placeholder="portfolio, Maya, salary…"
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
          </label>
          <p role="status" class="muted small">
            {words
              ? `${matching.length} ${matching.length === 1 ? 'note matches' : 'notes match'}`
              : `${entries.length} ${entries.length === 1 ? 'note' : 'notes'}`}
          </p>
          {groups.map((group) => (
            <section key={group.key} class="journal-month" aria-labelledby={`month-${group.key}`}>
              <h3 id={`month-${group.key}`}>{group.label}</h3>
              <ul class="journal-entries">
                {group.entries.map(({ interaction: i, contactName }) => (
                  <li key={i.id} class="journal-entry">
                    <RecordBoundary name={`the note ${i.id} from ${contactName || i.contactUrl}`}>
                      <p class="journal-note">{i.note}</p>
                      <p class="journal-meta small">
                        <a href={contactPageHash(i.contactUrl)}>{contactName || i.contactUrl}</a>
                        {' · '}
                        {INTERACTION_LABELS[i.kind]}
                        {' · '}
                        <When at={i.at} now={now} />
                      </p>
                    </RecordBoundary>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {more && (
            <button type="button" onClick={() => setLimit((n) => Math.min(n + PAGE, MOST))}>
              Show older notes
            </button>
          )}
        </>
      )}
    </section>
  );
}
