import { defaultTemplate } from '../../core/templates/default-templates';
import { type TemplateError, validateTemplate } from '../../core/templates/template-syntax';
import type { Template, TemplateKind } from '../../shared/template';

export const KIND_LABELS: Record<TemplateKind, string> = {
  outreach: 'Asking for a conversation',
  'connection-note': 'LinkedIn connection note (300 characters)',
  'linkedin-message': 'LinkedIn message',
  'thank-you': 'Thanking them after you meet',
  'keep-posted': 'Telling them what came of it',
  'check-in': 'Checking in after a while',
  custom: 'Something else',
};

export interface TemplateProblems {
  name?: string;
  subject: TemplateError[];
  body: TemplateError[];
}

/** Everything that stops a template being saved; the editor shows each beside its field. */
export function templateProblems(draft: Pick<Template, 'name' | 'subject' | 'body'>): TemplateProblems {
  return {
    ...(draft.name.trim() ? {} : { name: 'Give the template a name.' }),
    subject: validateTemplate(draft.subject).errors,
    body: validateTemplate(draft.body).errors,
  };
}

export function hasProblems(problems: TemplateProblems): boolean {
  return Boolean(problems.name) || problems.subject.length > 0 || problems.body.length > 0;
}

/** Puts `{{name}}` where the cursor is (replacing any selection); returns the text and where the cursor goes. */
export function insertPlaceholder(
  text: string,
  start: number,
  end: number,
  name: string,
): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const token = `{{${name}}}`;
  return { text: text.slice(0, from) + token + text.slice(to), caret: from + token.length };
}

/** Whether the user changed anything they can edit. */
export function isChanged(saved: Template | undefined, draft: Template): boolean {
  return (
    !saved ||
    saved.name !== draft.name ||
    saved.kind !== draft.kind ||
    saved.subject !== draft.subject ||
    saved.body !== draft.body
  );
}

/** A built-in template whose text is no longer Rapport's: the only kind "Reset" applies to. */
export function isCustomized(template: Template): boolean {
  const shipped = template.builtIn ? defaultTemplate(template.id) : undefined;
  return Boolean(shipped) && isChanged(shipped, template);
}

export function newTemplate(): Template {
  return {
    id: `custom-${crypto.randomUUID()}`,
    name: 'New template',
    kind: 'custom',
    subject: '',
    body: 'Hi {{them.firstName|there}},\n\n\n\n{{me.signature}}',
    builtIn: false,
    updatedAt: 0,
  };
}
