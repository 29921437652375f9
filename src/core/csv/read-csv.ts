import Papa from 'papaparse';
import { UTF8_BOM } from './write-csv';

export interface CsvTable {
  header: string[];
  rows: string[][];
}

/**
 * Reads CSV text as a spreadsheet would: a byte order mark is dropped, quoted cells may hold commas,
 * quotes and line breaks, empty lines are skipped. The first row is the header. A file whose format
 * names its delimiter passes it: a guess can be fooled by cells full of another one.
 */
export function readCsv(text: string, { delimiter }: { delimiter?: string } = {}): CsvTable {
  const source = text.startsWith(UTF8_BOM) ? text.slice(UTF8_BOM.length) : text;
  // Without a delimiter, the one the text uses most is guessed (spreadsheets in some locales write ";").
  const parsed = Papa.parse<string[]>(source, { skipEmptyLines: true, ...(delimiter ? { delimiter } : {}) });
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}
