import { useEffect, useState } from 'preact/hooks';
import { defaultTemplate } from '../../core/templates/default-templates';
import type { Settings } from '../../shared/settings';
import type { Template } from '../../shared/template';
import { errorText } from '../../ui/errors';
import { forgetDraft, keepDraft, keptDraft } from '../../ui/kept-drafts';
import { send } from '../../ui/messages';
import { useLoad } from '../../ui/use-load';
import { TemplateEditor } from './TemplateEditor';
import { TemplatePreview } from './TemplatePreview';
import { hasProblems, isChanged, isCustomized, newTemplate, templateProblems } from './template-draft';
import './templates.css';
import { LoadFailed } from '../../ui/LoadFailed';
import { StatusText } from '../../ui/StatusText';
import { useLeaveGuard } from '../../ui/use-leave-guard';

type Status = { kind: 'saved' | 'error'; text: string };

// Kept like every form's unsaved edit (see use-form-draft), so a reload or another section loses nothing.
const KEPT = 'template';

/** The user's email templates: Rapport's own, which they may reword and reset, and their own. */
export function TemplatesSection({ settings }: { settings: Settings }) {
  const templates = useLoad(() => send('ui:listTemplates', {}), []);
  const [draft, setDraftState] = useState<Template | undefined>(() => keptDraft<Template>(KEPT));
  const [leaving, setLeaving] = useState<(() => void) | undefined>();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [status, setStatus] = useState<Status | undefined>();
  const [busy, setBusy] = useState(false);

  const list = templates.data ?? [];
  const saved = draft && list.find((t) => t.id === draft.id);
  const dirty = Boolean(draft && templates.data && isChanged(saved, draft));
  const problems = draft ? templateProblems(draft) : undefined;

  const setDraft = (next: Template | undefined) => {
    setDraftState(next);
    setConfirmDelete(false);
  };
  const edit = (next: Template) => {
    keepDraft(KEPT, next);
    setDraft(next);
    setStatus(undefined);
  };

  useEffect(() => {
    if (!draft && list[0]) setDraft(list[0]);
  }, [templates.data]);

  useLeaveGuard(dirty);

  /** Runs `go` now, or once the user agrees to drop their unsaved edit. */
  const leave = (go: () => void) => {
    if (dirty) setLeaving(() => go);
    else go();
  };
  const open = (template: Template) => {
    forgetDraft(KEPT);
    setLeaving(undefined);
    setStatus(undefined);
    setDraft(template);
  };

  const run = async (action: () => Promise<Template | undefined>, done: string) => {
    setBusy(true);
    try {
      const next = await action();
      await templates.reload();
      open(next ?? list.find((t) => t.id !== draft?.id) ?? list[0] ?? newTemplate());
      setStatus({ kind: 'saved', text: done });
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  const save = (template: Template) =>
    run(() => send('ui:saveTemplate', { template: { ...template, name: template.name.trim() } }), 'Saved.');
  const reset = (template: Template) =>
    run(async () => {
      await send('ui:deleteTemplate', { id: template.id });
      return defaultTemplate(template.id);
    }, 'Back to Rapport’s text.');
  const remove = (template: Template) =>
    run(async () => {
      await send('ui:deleteTemplate', { id: template.id });
      return undefined;
    }, `Deleted “${template.name}”.`);

  if (templates.error) {
    return (
      <section class="templates-section" aria-labelledby="templates-title">
        <h2 id="templates-title">Email templates</h2>
        <LoadFailed
          message={`Could not load your templates: ${templates.error}`}
          onRetry={() => void templates.reload()}
        />
      </section>
    );
  }

  return (
    <section class="templates-section" aria-labelledby="templates-title">
      <h2 id="templates-title">Email templates</h2>
      <p class="muted">
        What the popup fills in for each person. Keep outreach short: who you are, where you stand, why them,
        and a request for the call length you chose in My profile.
      </p>
      {!templates.data && <p class="muted">Loading…</p>}
      {templates.data && (
        <div class="templates-layout">
          <nav aria-label="Templates">
            <ul class="template-list">
              {list.map((t) => (
                <li key={t.id}>
                  <button
                    type="button"
                    aria-current={t.id === draft?.id ? 'true' : undefined}
                    onClick={() => t.id !== draft?.id && leave(() => open(t))}
                  >
                    <span>{t.name}</span>
                    <span class="muted small">
                      {t.builtIn ? (isCustomized(t) ? 'Rapport’s, reworded' : 'Rapport’s') : 'Yours'}
                    </span>
                  </button>
                </li>
              ))}
              {draft && !saved && (
                <li>
                  <button type="button" aria-current="true">
                    <span>{draft.name || 'New template'}</span>
                    <span class="muted small">Not saved yet</span>
                  </button>
                </li>
              )}
            </ul>
            <button type="button" onClick={() => leave(() => edit(newTemplate()))}>
              New template
            </button>
          </nav>
          {draft && problems && (
            <form
              class="template-form"
              aria-label={`Edit “${saved?.name ?? draft.name}”`}
              onSubmit={(e) => {
                e.preventDefault();
                if (dirty && !hasProblems(problems)) void save(draft);
              }}
            >
              {leaving && (
                <div class="warning template-leave" role="alert">
                  <span>You have unsaved changes to “{draft.name}”.</span>{' '}
                  <button type="button" onClick={leaving}>
                    Discard them
                  </button>{' '}
                  <button type="button" onClick={() => setLeaving(undefined)}>
                    Keep editing
                  </button>
                </div>
              )}
              <TemplateEditor draft={draft} problems={problems} onChange={edit} />
              <div class="actions">
                <button type="submit" class="primary" disabled={!dirty || busy || hasProblems(problems)}>
                  Save template
                </button>
                {dirty && (saved ?? list[0]) && (
                  <button type="button" disabled={busy} onClick={() => open((saved ?? list[0]) as Template)}>
                    Discard changes
                  </button>
                )}
                {saved?.builtIn && isCustomized(saved) && (
                  <button type="button" disabled={busy} onClick={() => void reset(saved)}>
                    Reset to Rapport’s text
                  </button>
                )}
                {saved && !saved.builtIn && !confirmDelete && (
                  <button type="button" disabled={busy} onClick={() => setConfirmDelete(true)}>
                    Delete template
                  </button>
                )}
                {saved && !saved.builtIn && confirmDelete && (
                  <span class="template-confirm">
                    Delete “{saved.name}”?{' '}
                    <button type="button" class="danger" disabled={busy} onClick={() => void remove(saved)}>
                      Delete
                    </button>{' '}
                    <button type="button" onClick={() => setConfirmDelete(false)}>
                      Keep it
                    </button>
                  </span>
                )}
                {dirty && <span class="muted">Unsaved changes</span>}
                <StatusText status={status} />
              </div>
              <TemplatePreview
                kind={draft.kind}
                subject={draft.subject}
                body={draft.body}
                settings={settings}
              />
            </form>
          )}
        </div>
      )}
    </section>
  );
}
