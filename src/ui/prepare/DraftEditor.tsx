import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { CommonGround } from '../../core/common-ground/types';
import { followUpValues, owedEmail } from '../../core/templates/follow-up-values';
import { isLinkedInKind } from '../../core/templates/linkedin-templates';
import { gmailComposeUrl, mailtoUrl } from '../../core/templates/mailto';
import { sentInteraction } from '../../core/templates/sent-interaction';
import { buildTemplateValues } from '../../core/templates/template-values';
import type { Contact, ContactPrep } from '../../shared/contact';
import type { MyProfile } from '../../shared/settings';
import { errorText } from '../errors';
import { relativeTime } from '../format';
import { LoadFailed } from '../LoadFailed';
import { send } from '../messages';
import { StatusText } from '../StatusText';
import { useLoad } from '../use-load';
import { copyForUser } from './clipboard';
import { chooseTemplate, type DraftText, fillTemplate, isEdited, startingDraft } from './draft';

export interface DraftProps {
  contact: Contact;
  me: MyProfile;
  commonGround: readonly CommonGround[];
  /** Opened from "Draft outreach email": open, scroll to and focus the draft. */
  focus: boolean;
  savePrep: (prep: ContactPrep) => Promise<void>;
  /** Told after "Mark as sent" is logged, so the stage and follow-ups above update. */
  onSent: () => void;
}

/** Long enough not to save on every key, short enough that closing the popup loses nothing in practice. */
const SAVE_DELAY_MS = 400;

type Status = { kind: 'ok'; text: string; undo?: DraftText } | { kind: 'error'; text: string };

/** The outreach email: filled from a template, edited by the user, kept with the contact as it is typed. */
export function DraftEditor({ contact, me, commonGround, focus, savePrep, onSent }: DraftProps) {
  // What the person and the user said and did: the follow-up emails are filled from it.
  const history = useLoad(async () => {
    const [interactions, actionItems] = await Promise.all([
      send('ui:listInteractions', { contactUrl: contact.url }),
      send('ui:listActionItems', { contactUrl: contact.url }),
    ]);
    return followUpValues(interactions, actionItems);
  }, [contact.url, contact.updatedAt]);
  const values = useMemo(
    () =>
      buildTemplateValues({
        me,
        them: contact,
        commonGround,
        referrer: contact.referredBy,
        ...(history.data ? { extra: history.data } : {}),
      }),
    [me, contact, commonGround, history.data],
  );
  // LinkedIn's note and message have their own drafts below; the email offers the rest.
  const templates = useLoad(
    () => send('ui:listTemplates', {}).then((all) => all.filter((t) => !isLinkedInKind(t.kind))),
    [],
  );
  const [draft, setDraft] = useState<DraftText | undefined>();
  const [restoredAt, setRestoredAt] = useState<number | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const [sending, setSending] = useState(false);
  const pending = useRef<DraftText | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const bodyField = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  const save = (text: DraftText) =>
    savePrep({ draft: { ...text, updatedAt: Date.now() } }).catch((e: unknown) =>
      setStatus({ kind: 'error', text: `Could not save the draft: ${errorText(e)}` }),
    );
  const saveRef = useRef(save);
  saveRef.current = save;

  /** Saves what is typed and not yet saved, now. */
  const flush = () => {
    clearTimeout(timer.current);
    const text = pending.current;
    pending.current = undefined;
    if (text) void saveRef.current(text);
  };

  useEffect(() => {
    if (!templates.data || (!history.data && !history.error) || draft) return;
    const start = startingDraft(
      templates.data,
      contact.prep?.draft,
      values,
      owedEmail(contact.followUps, Date.now()),
    );
    if (!start) return;
    setDraft(start.draft);
    if (start.restored) setRestoredAt(contact.prep?.draft?.updatedAt);
  }, [templates.data, history.data, history.error]);

  // The popup closes without warning: whatever is typed is saved as the page goes away.
  useEffect(() => {
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, []);

  const ready = draft !== undefined;
  useEffect(() => {
    if (!focus || !ready) return;
    bodyField.current?.closest('details')?.scrollIntoView({ block: 'start' });
    bodyField.current?.focus();
  }, [focus, ready]);

  if (templates.error) {
    return (
      <LoadFailed
        message={`Could not load your templates: ${templates.error}`}
        onRetry={() => void templates.reload()}
      />
    );
  }

  const list = templates.data ?? [];
  const edited = draft ? isEdited(draft, list, values) : false;

  const type = (change: Partial<DraftText>) => {
    if (!draft) return;
    const next = { ...draft, ...change };
    setDraft(next);
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };

  /** Fills the fields from a template. Only the choice is saved, so the words are filled afresh next time. */
  const refill = (templateId: string, message: (name: string) => string) => {
    const template = chooseTemplate(list, templateId);
    if (!template || !draft) return;
    const previous = draft;
    clearTimeout(timer.current);
    pending.current = undefined;
    setDraft(fillTemplate(template, values));
    setRestoredAt(undefined);
    void save({ templateId: template.id, subject: '', body: '' });
    setStatus(edited ? { kind: 'ok', text: message(template.name), undo: previous } : undefined);
  };

  const undo = (previous: DraftText) => {
    setDraft(previous);
    setStatus(undefined);
    void save(previous);
  };

  const copy = async () => {
    if (!draft) return;
    const result = await copyForUser(draft.body, 'the email');
    setStatus({ kind: result.ok ? 'ok' : 'error', text: result.message });
  };

  const markSent = async () => {
    flush();
    setSending(true);
    try {
      // A thank-you marked sent is the thank-you, not another outreach: what it pays depends on its template.
      const kind = sentInteraction(list.find((t) => t.id === draft?.templateId)?.kind);
      await send('ui:logInteraction', { contactUrl: contact.url, kind, at: Date.now() });
      setStatus({ kind: 'ok', text: 'Marked as sent.' });
      onSent();
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    } finally {
      setSending(false);
    }
  };

  const mail = draft && {
    ...(contact.email ? { to: contact.email } : {}),
    subject: draft.subject,
    body: draft.body,
  };

  return (
    <>
      {!draft && <p class="muted">Loading…</p>}
      {draft && mail && (
        <>
          <div class="draft-template">
            <label for={`${id}-template`}>Template</label>
            <select
              id={`${id}-template`}
              value={draft.templateId}
              onChange={(e) => refill(e.currentTarget.value, (name) => `Filled in “${name}”.`)}
            >
              {list.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          {restoredAt !== undefined && (
            <p class="muted small">Your draft from {relativeTime(restoredAt, Date.now())}.</p>
          )}
          <p class="muted small draft-to">
            {contact.email ? `To: ${contact.email}` : `No email address saved for ${contact.name}.`}
          </p>
          <label for={`${id}-subject`}>Subject</label>
          <input
            id={`${id}-subject`}
            value={draft.subject}
            maxLength={1000}
            onInput={(e) => type({ subject: e.currentTarget.value })}
            onBlur={flush}
          />
          <label for={`${id}-body`}>Message</label>
          <textarea
            id={`${id}-body`}
            ref={bodyField}
            rows={11}
            value={draft.body}
            maxLength={20_000}
            onInput={(e) => type({ body: e.currentTarget.value })}
            onBlur={flush}
          />
          {edited && (
            <button
              type="button"
              class="link small"
              onClick={() => refill(draft.templateId, (name) => `Started over from “${name}”.`)}
            >
              Start over from the template
            </button>
          )}
          <div class="prepare-actions">
            <button type="button" onClick={() => void copy()}>
              Copy
            </button>
            <a class="button" href={mailtoUrl(mail)} onClick={flush}>
              Open in mail app
            </a>
            <a class="button" href={gmailComposeUrl(mail)} target="_blank" rel="noreferrer" onClick={flush}>
              Open in Gmail
            </a>
            <button type="button" class="primary" disabled={sending} onClick={() => void markSent()}>
              Mark as sent
            </button>
          </div>
        </>
      )}
      {status && (
        <div class="prepare-status">
          <StatusText status={status} />
          {status.kind === 'ok' && status.undo && (
            <button type="button" class="link" onClick={() => status.undo && undo(status.undo)}>
              Undo
            </button>
          )}
        </div>
      )}
    </>
  );
}
