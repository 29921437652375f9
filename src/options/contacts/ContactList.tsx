import { useEffect, useRef, useState } from 'preact/hooks';
import { STAGES, type Stage } from '../../shared/contact';
import type { ContactSummary } from '../../shared/protocol';
import { contactPageHash } from '../../shared/routes';
import { errorText } from '../../ui/errors';
import { stageLabel } from '../../ui/format';
import { LoadFailed } from '../../ui/LoadFailed';
import { send } from '../../ui/messages';
import { useNow } from '../../ui/use-now';
import { When } from '../../ui/When';

export interface ContactFilter {
  query: string;
  stage: Stage | '';
}

interface Props {
  filter: ContactFilter;
  /** Takes a change to the filter, not a whole filter: a query and a stage chosen moments apart both stay. */
  onFilter: (change: (filter: ContactFilter) => ContactFilter) => void;
}

const PAGE = 50;
/** How a search result names the field that matched. */
const MATCH_LABELS: Record<string, string> = {
  headline: 'Headline',
  employers: 'Worked at',
  schools: 'Studied at',
  skills: 'Skills',
  locations: 'Place',
  tags: 'Tag',
  notes: 'Note',
};
const TYPING_PAUSE_MS = 250;

/** Everyone Rapport has saved, most recently changed first: searchable, filtered by stage, paged. */
export function ContactList({ filter, onFilter }: Props) {
  const [contacts, setContacts] = useState<ContactSummary[] | undefined>();
  const [complete, setComplete] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [query, setQuery] = useState(filter.query);
  const latest = useRef(0);
  const now = useNow();

  const load = async (offset: number) => {
    const request = ++latest.current;
    setBusy(true);
    try {
      const page = await send('ui:listContacts', {
        limit: PAGE,
        offset,
        ...(filter.query.trim() ? { query: filter.query.trim() } : {}),
        ...(filter.stage ? { stage: filter.stage } : {}),
      });
      if (request !== latest.current) return;
      setContacts((shown) => (offset === 0 ? page : [...(shown ?? []), ...page]));
      setComplete(page.length < PAGE);
      setError(undefined);
    } catch (e) {
      if (request === latest.current) setError(errorText(e));
    } finally {
      if (request === latest.current) setBusy(false);
    }
  };

  useEffect(() => {
    void load(0);
  }, [filter.query, filter.stage]);

  // The search runs when typing pauses, not on every key.
  useEffect(() => {
    if (query === filter.query) return;
    const timer = setTimeout(() => onFilter((current) => ({ ...current, query })), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const filtered = Boolean(filter.query.trim() || filter.stage);
  return (
    <section class="contacts" aria-labelledby="contacts-title">
      <h2 id="contacts-title">Contacts</h2>
      <search class="contact-filters">
        <div class="field">
          <label for="contacts-query">Search</label>
          <input
            id="contacts-query"
            type="search"
            value={query}
            placeholder="Name, employer, school, skill, place, tag or note"
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="contacts-stage">Stage</label>
          <select
            id="contacts-stage"
            value={filter.stage}
            onChange={(e) => {
              const stage = e.currentTarget.value as Stage | '';
              onFilter((current) => ({ ...current, stage }));
            }}
          >
            <option value="">All stages</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {stageLabel(s)}
              </option>
            ))}
          </select>
        </div>
      </search>
      {error && <LoadFailed message={`Could not load contacts: ${error}`} onRetry={() => void load(0)} />}
      {!contacts && !error && <p class="muted">Loading…</p>}
      {contacts && (
        <p role="status" class="muted small">
          {contacts.length === 0
            ? filtered
              ? 'No one matches.'
              : 'No one saved yet. Open a LinkedIn profile and Rapport saves the person as you read.'
            : `${contacts.length}${complete ? '' : '+'} ${contacts.length === 1 ? 'person' : 'people'}`}
        </p>
      )}
      {contacts && contacts.length > 0 && (
        <ul class="contact-rows">
          {contacts.map((c) => (
            <li key={c.url}>
              <a href={contactPageHash(c.url)} class="contact-row-name">
                {c.name}
              </a>
              {c.match && c.match.field !== 'name' ? (
                <span class="contact-row-headline muted">
                  <span class="contact-row-field">{MATCH_LABELS[c.match.field] ?? c.match.field}:</span>{' '}
                  {c.match.text}
                </span>
              ) : (
                c.headline && <span class="contact-row-headline muted">{c.headline}</span>
              )}
              <span class="contact-row-meta">
                <span class={`stage stage-${c.stage}`}>{stageLabel(c.stage)}</span>
                {c.nextDueAt !== undefined && (
                  <span class={`small ${c.nextDueAt <= now ? 'due-now' : 'muted'}`}>
                    {c.nextDueAt <= now ? 'Follow-up due' : 'Next follow-up'}{' '}
                    <When at={c.nextDueAt} now={now} />
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {contacts && !complete && (
        <button type="button" disabled={busy} onClick={() => void load(contacts.length)}>
          {busy ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}
