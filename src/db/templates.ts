import type { Template } from '../shared/template';
import type { RapportDb } from './database';

/**
 * The user's templates: every stored one, plus each shipped template they have not changed. A shipped
 * template is stored only once edited, so improvements to the shipped text reach users who never touched it.
 */
export async function listTemplates(db: RapportDb, shipped: readonly Template[]): Promise<Template[]> {
  const stored = await db.templates.toArray();
  const ids = new Set(stored.map((t) => t.id));
  const builtIns = shipped.filter((t) => !ids.has(t.id));
  const order = (t: Template) => shipped.findIndex((s) => s.id === t.id);
  return [...builtIns, ...stored].sort((a, b) => {
    const ra = order(a);
    const rb = order(b);
    if (ra >= 0 || rb >= 0) return (ra < 0 ? Infinity : ra) - (rb < 0 ? Infinity : rb);
    return a.name.localeCompare(b.name);
  });
}

export async function saveTemplate(
  db: RapportDb,
  template: Template,
  shipped: readonly Template[],
  now: number,
): Promise<Template> {
  const builtIn = shipped.some((t) => t.id === template.id);
  const saved = { ...template, builtIn, updatedAt: now };
  await db.templates.put(saved);
  return saved;
}

/** Deleting a shipped template restores its shipped text; a template of the user's own is gone. */
export async function deleteTemplate(db: RapportDb, id: string): Promise<{ deleted: true }> {
  await db.templates.delete(id);
  return { deleted: true };
}
