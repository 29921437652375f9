import { useMemo, useState } from 'preact/hooks';
import { type InterviewRow, interviewCells, interviewsCsv, isoDay } from '../../core/journal/interview-rows';
import { contactPageHash } from '../../shared/routes';

type SortKey = 'date' | 'name' | 'role' | 'company';
type StepFilter = 'all' | 'open' | 'done';

const COLUMNS: { key: SortKey | undefined; label: string }[] = [
  { key: 'date', label: 'Date' },
  { key: 'name', label: 'Name' },
  { key: 'role', label: 'Role' },
  { key: 'company', label: 'Company' },
  { key: undefined, label: 'Advice' },
  { key: undefined, label: 'Next steps' },
];

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function sortValue(row: InterviewRow, key: SortKey): string | number {
  return key === 'date' ? row.at : fold(row[key]);
}

/** Rows whose cells contain every word typed, and that have an action item in the chosen state. */
export function filterInterviews(
  rows: readonly InterviewRow[],
  query: string,
  steps: StepFilter,
): InterviewRow[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (steps !== 'all' && !row.nextSteps.some((s) => s.status === steps)) return false;
    const haystack = fold(interviewCells(row).join(' '));
    return words.every((w) => haystack.includes(w));
  });
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The journal as the spreadsheet the advice recommends keeping: one row an interview, sortable, filtered. */
export function JournalTable({ rows }: { rows: readonly InterviewRow[] }) {
  const [sort, setSort] = useState<{ key: SortKey; up: boolean }>({ key: 'date', up: false });
  const [query, setQuery] = useState('');
  const [steps, setSteps] = useState<StepFilter>('all');
  const shown = useMemo(() => {
    const list = filterInterviews(rows, query, steps);
    const dir = sort.up ? 1 : -1;
    return list.sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      return (x < y ? -1 : x > y ? 1 : 0) * dir || (a.at - b.at) * dir;
    });
  }, [rows, query, steps, sort]);

  if (rows.length === 0) {
    return <p class="muted">No meetings logged yet. Each meeting you hold becomes a row here.</p>;
  }

  return (
    <div class="journal-table-view">
      <div class="journal-table-tools">
        <label class="field">
          <span>Filter interviews</span>
          <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Action items</span>
          <select value={steps} onChange={(e) => setSteps(e.currentTarget.value as StepFilter)}>
            <option value="all">Any</option>
            <option value="open">Some still open</option>
            <option value="done">Some done</option>
          </select>
        </label>
        <button
          type="button"
          onClick={() => download(`rapport-journal-${isoDay(Date.now())}.csv`, interviewsCsv(shown))}
        >
          Download CSV
        </button>
      </div>
      <p role="status" class="muted small">
        {shown.length === rows.length
          ? `${rows.length} interviews`
          : `${shown.length} of ${rows.length} interviews`}
      </p>
      <table class="journal-table">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.label}
                scope="col"
                aria-sort={c.key && sort.key === c.key ? (sort.up ? 'ascending' : 'descending') : undefined}
              >
                {c.key ? (
                  <button
                    type="button"
                    class="link"
                    onClick={() =>
                      setSort((s) => ({
                        key: c.key as SortKey,
                        up: s.key === c.key ? !s.up : c.key !== 'date',
                      }))
                    }
                  >
                    {c.label}
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.interactionId}>
              <td>{isoDay(row.at)}</td>
              <td>
                <a href={contactPageHash(row.contactUrl)}>{row.name || row.contactUrl}</a>
              </td>
              <td>{row.role}</td>
              <td>{row.company}</td>
              <td>
                {row.advice.map((a, i) => (
                  <div key={`${i}-${a}`}>{a}</div>
                ))}
              </td>
              <td>
                {row.nextSteps.map((s, i) => (
                  <div key={`${i}-${s.title}`} class={`step-${s.status}`}>
                    {s.title}{' '}
                    <span class="muted small">({s.status === 'dismissed' ? 'dropped' : s.status})</span>
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
