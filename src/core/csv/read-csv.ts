import Papa from 'papaparse';
import { UTF8_BOM } from './write-csv';

export interface CsvTable {
  header: string[];
  rows: string[][];
}

/**
 * Reads CSV text as a spreadsheet would: a byte order mark is dropped, quoted cells may hold commas,
 * quotes and line breaks, empty lines are skipped. The first row is the header.
 */
export function readCsv(text: string): CsvTable {
  const source = text.startsWith(UTF8_BOM) ? text.slice(UTF8_BOM.length) : text;
  const parsed = Papa.parse<string[]>(source, { skipEmptyLines: true });
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}
