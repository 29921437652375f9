import { canonicalProfileUrl } from '../../shared/profile-url';
import type { ImportedConnection } from '../../shared/protocol';
import { readCsv } from '../csv/read-csv';

export type LinkedInConnection = ImportedConnection;

export interface ConnectionsFile {
  connections: LinkedInConnection[];
  /** Rows without a LinkedIn profile address (LinkedIn leaves it out for some), which cannot be kept. */
  skipped: number;
}

const COLUMNS = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];
const LIMIT = 300;

/**
 * Reads LinkedIn's Connections.csv. LinkedIn puts a few "Notes:" lines before the header, so the header
 * is the first row that names the columns, wherever it is. Undefined when no such row is found: it is
 * not that file. The same person twice is kept once.
 */
export function readConnections(text: string): ConnectionsFile | undefined {
  // LinkedIn writes commas; names and companies full of semicolons must not make it guess otherwise.
  const { header, rows } = readCsv(text, { delimiter: ',' });
  const table = [header, ...rows];
  const at = table.findIndex((row) => {
    const cells = row.map((c) => c.trim());
    return cells.includes('First Name') && cells.includes('URL');
  });
  if (at < 0) return undefined;
  const columns = (table[at] ?? []).map((c) => c.trim());
  const index = Object.fromEntries(COLUMNS.map((name) => [name, columns.indexOf(name)]));
  const cell = (row: string[], name: string) => {
    const i = index[name] ?? -1;
    const value = i >= 0 ? row[i]?.trim() : undefined;
    return value ? value.slice(0, LIMIT) : undefined;
  };
  const seen = new Set<string>();
  const connections: LinkedInConnection[] = [];
  let skipped = 0;
  for (const row of table.slice(at + 1)) {
    const url = canonicalProfileUrl(cell(row, 'URL') ?? '');
    const name = [cell(row, 'First Name'), cell(row, 'Last Name')].filter(Boolean).join(' ');
    if (!url || !name) {
      skipped++;
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    const connection: LinkedInConnection = { url, name };
    const email = cell(row, 'Email Address');
    const company = cell(row, 'Company');
    const position = cell(row, 'Position');
    const connectedOn = cell(row, 'Connected On');
    if (email) connection.email = email;
    if (company) connection.company = company;
    if (position) connection.position = position;
    if (connectedOn) connection.connectedOn = connectedOn;
    connections.push(connection);
  }
  return { connections, skipped };
}
