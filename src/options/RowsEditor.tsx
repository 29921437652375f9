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
  const update = (index: number, key: keyof T & string, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  return (
    <fieldset class="rows">
      <legend>{legend}</legend>
      {rows.map((row, index) => (
        <div class="row" key={index}>
          {columns.map((column) => {
            const value = String((row as Record<string, unknown>)[column.key] ?? '');
            const problem = cellProblem(column, value);
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
      <button type="button" onClick={() => onChange([...rows, empty()])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
