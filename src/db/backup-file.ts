import * as v from 'valibot';
import { BACKUP_TABLES, type BackupTables } from '../core/backup/plan-import';
import { LIMITS } from '../shared/limits';
import {
  ContactSchema,
  FollowUpRecordSchema,
  InteractionSchema,
  SettingsSchema,
  SnapshotRecordSchema,
  TemplateSchema,
} from '../shared/schemas';

/** Bumped only when the file's shape changes; docs/data-format.md describes every version. */
export const EXPORT_FORMAT_VERSION = 1;
export const EXPORT_FORMAT = 'rapport-export';

/** Meta records about a running import, never part of a backup (see import-staging.ts). */
export const isImportBookkeeping = (key: string) => key.startsWith('import:');

const MetaSchema = v.variant('key', [
  v.object({ key: v.literal('settings'), value: SettingsSchema }),
  v.object({
    key: v.pipe(v.string(), v.maxLength(LIMITS.metaKey), v.notValue('settings')),
    value: v.unknown(),
  }),
]);

export const BackupHeaderSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  formatVersion: v.literal(EXPORT_FORMAT_VERSION),
  exportedAt: v.string(),
  schemaVersion: v.number(),
});

const TableSchemas = {
  contacts: ContactSchema,
  snapshots: SnapshotRecordSchema,
  interactions: InteractionSchema,
  followUps: FollowUpRecordSchema,
  templates: TemplateSchema,
  meta: MetaSchema,
};

const ExportFileSchema = v.object({
  ...BackupHeaderSchema.entries,
  tables: v.object({
    contacts: v.array(ContactSchema),
    snapshots: v.array(SnapshotRecordSchema),
    interactions: v.array(InteractionSchema),
    followUps: v.array(FollowUpRecordSchema),
    templates: v.array(TemplateSchema),
    meta: v.array(MetaSchema),
  }),
});

export type ExportFile = v.InferOutput<typeof ExportFileSchema>;

function problem(issues: readonly v.BaseIssue<unknown>[], prefix = ''): Error {
  const issue = issues[0];
  const path = issue ? v.getDotPath(issue) : undefined;
  const where = path ? `${prefix}${path}` : prefix.replace(/\.$/, '');
  return new Error(
    `Not a Rapport export${where ? ` (problem at ${where})` : ''}: ${issue?.message ?? ''}`.trim(),
  );
}

function refuseNewerFormat(file: unknown): void {
  if (typeof file === 'object' && file !== null && 'formatVersion' in file) {
    const version = (file as { formatVersion: unknown }).formatVersion;
    if (typeof version === 'number' && version > EXPORT_FORMAT_VERSION) {
      throw new Error(
        `This file was written by a newer Rapport (format ${version}); update Rapport to import it`,
      );
    }
  }
}

const shown = (items: string[]) =>
  items.length > 3 ? `${items.slice(0, 3).join(', ')} and ${items.length - 3} more` : items.join(', ');

function duplicates(keys: Iterable<string>): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const key of keys) (seen.has(key) ? twice : seen).add(key);
  return [...twice];
}

/**
 * The checks no per-record schema can make: every record once, and nothing that belongs to a person the
 * file does not have. Either would leave the database unlike the file (and its summary wrong).
 */
export function checkIntegrity(tables: BackupTables): void {
  const ids: [string, Iterable<string>][] = [
    ['contacts', tables.contacts.map((c) => c.url)],
    ['interactions', tables.interactions.map((i) => i.id)],
    ['followUps', tables.followUps.map((f) => f.id)],
    ['templates', tables.templates.map((t) => t.id)],
    ['meta', tables.meta.map((m) => m.key)],
    ['snapshots', tables.snapshots.flatMap((s) => (s.id === undefined ? [] : [String(s.id)]))],
  ];
  for (const [table, keys] of ids) {
    const twice = duplicates(keys);
    if (twice.length) throw new Error(`This file lists the same ${table} record twice: ${shown(twice)}`);
  }
  const people = new Set(tables.contacts.map((c) => c.url));
  for (const table of ['interactions', 'followUps', 'snapshots'] as const) {
    const orphans = [
      ...new Set(
        (tables[table] as { contactUrl: string }[]).map((r) => r.contactUrl).filter((u) => !people.has(u)),
      ),
    ];
    if (orphans.length)
      throw new Error(`This file has ${table} for people it does not contain: ${shown(orphans)}`);
  }
}

/** The file checked in full, before anything is written: shape, limits, duplicates and orphans. */
export function readBackup(file: unknown): BackupTables {
  refuseNewerFormat(file);
  const parsed = v.safeParse(ExportFileSchema, file);
  if (!parsed.success) throw problem(parsed.issues);
  const tables = parsed.output.tables as unknown as BackupTables;
  tables.meta = tables.meta.filter((m) => !isImportBookkeeping(m.key));
  checkIntegrity(tables);
  return tables;
}

/** One table's rows of a file sent in parts, checked as they arrive so a bad file fails early. */
export function readBackupRows(table: string, rows: unknown): unknown[] {
  if (!(BACKUP_TABLES as readonly string[]).includes(table)) throw new Error(`Unknown table ${table}`);
  const schema = TableSchemas[table as keyof typeof TableSchemas];
  const parsed = v.safeParse(v.array(schema), rows);
  if (!parsed.success) throw problem(parsed.issues, `tables.${table}.`);
  return parsed.output;
}

export function readBackupHeader(header: unknown): void {
  refuseNewerFormat(header);
  const parsed = v.safeParse(BackupHeaderSchema, header);
  if (!parsed.success) throw problem(parsed.issues);
}
