import type { OwedEmail } from '../../core/templates/follow-up-values';
import { renderTemplate, type TemplateValues } from '../../core/templates/templates';
import type { EmailDraft } from '../../shared/contact';
import type { Template, TemplateKind } from '../../shared/template';

export interface DraftText {
  templateId: string;
  subject: string;
  body: string;
}

/**
 * A saved draft with no words in it only remembers which template the user chose. The protocol can
 * replace a draft but not remove one, so "start over" saves this instead of the template's text: the
 * next time the popup opens, the template is filled again with whatever Rapport knows by then.
 */
export function hasWords(draft: Pick<DraftText, 'subject' | 'body'> | undefined): boolean {
  return Boolean(draft && (draft.subject.trim() || draft.body.trim()));
}

/**
 * The template a draft was written from, else the first of the kind owed (outreach when nothing is),
 * else the first outreach template, else the first of any kind.
 */
export function chooseTemplate(
  templates: readonly Template[],
  templateId?: string,
  kind: TemplateKind = 'outreach',
): Template | undefined {
  return (
    templates.find((t) => t.id === templateId) ??
    templates.find((t) => t.kind === kind) ??
    templates.find((t) => t.kind === 'outreach') ??
    templates[0]
  );
}

export function fillTemplate(template: Template, values: TemplateValues): DraftText {
  const { subject, body } = renderTemplate(template, values);
  return { templateId: template.id, subject, body };
}

/**
 * What the draft fields start with: the user's saved words, or the chosen template filled in. A draft
 * saved before an email of another kind became owed (the outreach, once they have met) gives way to
 * that email's template: the picker follows what is due.
 */
export function startingDraft(
  templates: readonly Template[],
  saved: EmailDraft | undefined,
  values: TemplateValues,
  owed?: OwedEmail,
): { draft: DraftText; restored: boolean } | undefined {
  const savedKind = templates.find((t) => t.id === saved?.templateId)?.kind;
  const stale =
    owed !== undefined && saved !== undefined && saved.updatedAt < owed.since && savedKind !== owed.kind;
  if (saved && hasWords(saved) && !stale) {
    return {
      draft: { templateId: saved.templateId, subject: saved.subject, body: saved.body },
      restored: true,
    };
  }
  const template = chooseTemplate(templates, stale ? undefined : saved?.templateId, owed?.kind);
  return template ? { draft: fillTemplate(template, values), restored: false } : undefined;
}

/** Whether the text differs from what the template gives: only then is there anything to lose. */
export function isEdited(draft: DraftText, templates: readonly Template[], values: TemplateValues): boolean {
  const template = templates.find((t) => t.id === draft.templateId);
  if (!template) return hasWords(draft);
  const filled = fillTemplate(template, values);
  return filled.subject !== draft.subject || filled.body !== draft.body;
}
