import type { ImportMode, ImportPartTable, ImportPreview, ImportSummary } from '../../shared/protocol';
import type { SendMessage } from '../../shared/send-message';
import type { Progress } from './read-export';

const TABLES = ['contacts', 'snapshots', 'interactions', 'followUps', 'templates', 'meta'] as const;
/** Well under the 64 MiB a message may carry, and small enough to show progress. */
const PART_CHARS = 4 << 20;
const RETRIES = 5;

/** What the worker says when it stopped while answering: safe to ask again, every step is idempotent. */
const workerStopped = (error: unknown) =>
  /receiving end does not exist|message port closed|message channel closed|no reply|could not establish connection|context invalidated/i.test(
    error instanceof Error ? error.message : String(error),
  );

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends again, with backoff, when the worker stopped before answering. */
export async function retrying<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= RETRIES || !workerStopped(error)) throw error;
      await wait(250 * 2 ** tries);
    }
  }
}

/** Splits rows into parts of about PART_CHARS of JSON each. */
function* parts(rows: readonly unknown[]): Generator<unknown[]> {
  let part: unknown[] = [];
  let size = 0;
  for (const row of rows) {
    const length = JSON.stringify(row)?.length ?? 4;
    if (part.length && size + length > PART_CHARS) {
      yield part;
      part = [];
      size = 0;
    }
    part.push(row);
    size += length;
  }
  if (part.length) yield part;
}

const newImportId = () => crypto.randomUUID();

/**
 * Sends a parsed file to the background in parts, to be checked and kept until it is committed; returns
 * the import's id. A file that is not a Rapport export fails at its header, before its rows are sent.
 */
export async function stageFile(send: SendMessage, file: unknown, onProgress: Progress): Promise<string> {
  const importId = newImportId();
  const { tables, ...header } = (file ?? {}) as { tables?: Record<string, unknown> };
  const lists = TABLES.map((name) => {
    const rows = tables?.[name];
    return [name, Array.isArray(rows) ? rows : []] as const;
  });
  const total = lists.reduce((sum, [, rows]) => sum + rows.length, 0);
  let part = 0;
  let done = 0;
  const stage = (table: ImportPartTable, rows: unknown[]) =>
    retrying(() => send('ui:importPart', { importId, part: part++, table, rows }));
  await stage('header', [header]);
  if (!tables || typeof tables !== 'object') throw new Error('Not a Rapport export: it has no tables');
  onProgress(0, total);
  for (const [table, rows] of lists) {
    for (const chunk of parts(rows)) {
      await stage(table, chunk);
      done += chunk.length;
      onProgress(done, total);
    }
  }
  return importId;
}

export const previewStaged = (
  send: SendMessage,
  importId: string,
): Promise<Record<ImportMode, ImportPreview>> => retrying(() => send('ui:previewImport', { importId }));

/** Commits a staged import; after a worker stop, asking again returns the receipt of what was written. */
export const commitStaged = (send: SendMessage, importId: string, mode: ImportMode): Promise<ImportSummary> =>
  retrying(() => send('ui:commitImport', { importId, mode }));

export const cancelStaged = (send: SendMessage, importId: string) =>
  retrying(() => send('ui:cancelImport', { importId })).catch(() => undefined);
