import Papa from 'papaparse';

/** The byte order mark that makes Excel read a CSV file as UTF-8 instead of the system's code page. */
export const UTF8_BOM = '\uFEFF';

/**
 * A cell that starts with one of these is read as a formula by Excel, Numbers, LibreOffice and Google
 * Sheets, so text a stranger wrote on their profile could run as one ("=HYPERLINK(…)"). Tab and carriage
 * return are on the list because spreadsheets strip them before looking.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a cell inert in a spreadsheet: a leading apostrophe is what spreadsheets themselves use for that. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export type CsvCell = string | number | boolean | null | undefined;

/**
 * RFC 4180 CSV (CRLF line ends, every cell quoted where it must be) that opens cleanly in Excel, Numbers
 * and LibreOffice: UTF-8 with a byte order mark, and formula-like text cells neutralised. Numbers and
 * booleans are written as they are, so a negative number stays a number.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const cell = (value: CsvCell): string =>
    typeof value === 'string' ? neutralizeFormula(value) : value == null ? '' : String(value);
  const body = Papa.unparse(
    { fields: header.map(cell), data: rows.map((row) => row.map(cell)) },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `${UTF8_BOM}${body}\r\n`;
}
