import { useRef, useState } from 'preact/hooks';
export interface Column<T> {
  key: keyof T & string;
  label: string;
  placeholder?: string;
  /** A date column: "YYYY" or "YYYY-MM"; `allowPresent` also accepts "present". */
  date?: { allowPresent?: boolean };
  required?: boolean;
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

/** Why a cell's value cannot be saved, or undefined when it can. */
export function cellProblem<T>(column: Column<T>, value: string): string | undefined {
  const text = value.trim();
  if (!text) return column.required ? `${column.label} is required` : undefined;
  if (column.date && !DATE.test(text) && !(column.date.allowPresent && text.toLowerCase() === 'present')) {
    return `${column.label}: use YYYY or YYYY-MM${column.date.allowPresent ? ', or "present"' : ''}`;
  }
  return undefined;
}

interface Props<T> {
  legend: string;
  rows: T[];
  columns: Column<T>[];
  empty: () => T;
  onChange: (rows: T[]) => void;
  addLabel: string;
}

/** An editable table of records (schools, employers…): one row per item, add and remove buttons. */
export function RowsEditor<T extends object>({ legend, rows, columns, empty, onChange, addLabel }: Props<T>) {
  // A row just added is blank on purpose: nothing in it is "required" until the user has filled it in and
  // left it. Each edit makes a new row object, which inherits the mark.
  const untouched = useRef(new WeakSet<T>());
  const [, touched] = useState(0);
  const update = (index: number, key: keyof T & string, value: string) =>
    onChange(
      rows.map((row, i) => {
        if (i !== index) return row;
        const next = { ...row, [key]: value };
        if (untouched.current.has(row)) untouched.current.add(next);
        return next;
      }),
    );
  const leave = (row: T) => {
    if (untouched.current.delete(row)) touched((n) => n + 1);
  };
  return (
    <fieldset class="rows">
      <legend>{legend}</legend>
      {rows.map((row, index) => (
        <div class="row" key={index}>
          {columns.map((column) => {
            const value = String((row as Record<string, unknown>)[column.key] ?? '');
            const problem = untouched.current.has(row) ? undefined : cellProblem(column, value);
            const id = `${legend}-${index}-${column.key}`.replace(/\s+/g, '-');
            return (
              <label key={column.key} for={id} class={column.date ? 'date' : undefined}>
                <span>{column.label}</span>
                <input
                  id={id}
                  value={value}
                  placeholder={column.placeholder}
                  aria-invalid={problem ? true : undefined}
                  title={problem}
                  onInput={(e) => update(index, column.key, e.currentTarget.value)}
                  onBlur={(e) => {
                    // Moving to the next cell of the same new row is still filling it in.
                    const next = e.relatedTarget as Node | null;
                    if (!next || !e.currentTarget.closest('.row')?.contains(next)) leave(row);
                  }}
                />
              </label>
            );
          })}
          <button
            type="button"
            class="remove"
            aria-label={`Remove row ${index + 1} from ${legend}`}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          const row = empty();
          untouched.current.add(row);
          onChange([...rows, row]);
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
