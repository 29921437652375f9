import * as v from 'valibot';
import type { ImportSummary } from '../shared/protocol';
import {
  ContactSchema,
  FollowUpRecordSchema,
  InteractionSchema,
  SettingsSchema,
  SnapshotRecordSchema,
  TemplateSchema,
} from '../shared/schemas';
import type { RapportDb } from './database';
import { DERIVED_TABLES, LATEST_SCHEMA_VERSION, TABLES } from './versions';

/** Bumped only when the file's shape changes; docs/data-format.md describes every version. */
export const EXPORT_FORMAT_VERSION = 1;
export const EXPORT_FORMAT = 'rapport-export';

const MetaSchema = v.variant('key', [
  v.object({ key: v.literal('settings'), value: SettingsSchema }),
  v.object({ key: v.pipe(v.string(), v.maxLength(200), v.notValue('settings')), value: v.unknown() }),
]);

const ExportFileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  formatVersion: v.literal(EXPORT_FORMAT_VERSION),
  exportedAt: v.string(),
  schemaVersion: v.number(),
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

/** Everything Rapport stores, as one JSON-ready object. */
export async function exportDatabase(db: RapportDb, now: Date): Promise<ExportFile> {
  return db.transaction('r', TABLES, async () => {
    const [contacts, snapshots, interactions, followUps, templates, meta] = await Promise.all(
      TABLES.map((name) => db.table(name).toArray()),
    );
    return {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: now.toISOString(),
      schemaVersion: LATEST_SCHEMA_VERSION,
      tables: { contacts, snapshots, interactions, followUps, templates, meta },
    } as ExportFile;
  });
}

/**
 * Replaces everything with the file's contents, or changes nothing: the whole file is validated before
 * the first write, and the writes share one transaction.
 */
export async function importDatabase(db: RapportDb, file: unknown): Promise<ImportSummary> {
  if (typeof file === 'object' && file !== null && 'formatVersion' in file) {
    const version = (file as { formatVersion: unknown }).formatVersion;
    if (typeof version === 'number' && version > EXPORT_FORMAT_VERSION) {
      throw new Error(
        `This file was written by a newer Rapport (format ${version}); update Rapport to import it`,
      );
    }
  }
  const parsed = v.safeParse(ExportFileSchema, file);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue ? v.getDotPath(issue) : undefined;
    throw new Error(
      `Not a Rapport export${where ? ` (problem at ${where})` : ''}: ${issue?.message ?? ''}`.trim(),
    );
  }
  const { tables } = parsed.output;
  // The derived tables are emptied here; the caller's recompute rebuilds them from what was imported.
  await db.transaction('rw', [...TABLES, ...DERIVED_TABLES], async () => {
    for (const name of DERIVED_TABLES) await db.table(name).clear();
    for (const name of TABLES) {
      await db.table(name).clear();
      await db.table(name).bulkPut(tables[name]);
    }
  });
  return {
    contacts: tables.contacts.length,
    interactions: tables.interactions.length,
    snapshots: tables.snapshots.length,
    followUps: tables.followUps.length,
    templates: tables.templates.length,
  };
}

/** Erases every table in one transaction. */
export async function deleteAllData(db: RapportDb): Promise<{ deleted: true }> {
  await db.transaction('rw', [...TABLES, ...DERIVED_TABLES], async () => {
    for (const name of [...TABLES, ...DERIVED_TABLES]) await db.table(name).clear();
  });
  return { deleted: true };
}
