import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { fillLinkedIn, type LinkedInKind, noteCount } from '../../core/templates/linkedin-templates';
import { buildTemplateValues } from '../../core/templates/template-values';
import type { Template } from '../../shared/template';
import { errorText } from '../errors';
import { LoadFailed } from '../LoadFailed';
import { send } from '../messages';
import { StatusText } from '../StatusText';
import { useLoad } from '../use-load';
import { copyForUser } from './clipboard';
import type { DraftProps } from './DraftEditor';

type Status = { kind: 'ok' | 'error'; text: string };

/** As for the email: long enough not to save on every key, short enough that closing loses nothing. */
const SAVE_DELAY_MS = 400;

const KINDS: readonly { kind: LinkedInKind; label: string; short: string }[] = [
  { kind: 'connection-note', label: 'Connection note', short: 'note' },
  { kind: 'linkedin-message', label: 'LinkedIn message', short: 'message' },
];

/**
 * The connection note and the longer message, each filled from the user's templates of its kind. The
 * note shows LinkedIn's count as it is typed, since LinkedIn refuses a note over its limit.
 */
export function LinkedInDrafts({ contact, me, commonGround, onSent, savePrep }: DraftProps) {
  const values = useMemo(
    () => buildTemplateValues({ me, them: contact, commonGround, referrer: contact.referredBy }),
    [me, contact, commonGround],
  );
  const templates = useLoad(() => send('ui:listTemplates', {}), []);
  const [chosen, setChosen] = useState<Partial<Record<LinkedInKind, string>>>({});
  const [texts, setTexts] = useState<Partial<Record<LinkedInKind, string>>>({});
  const [status, setStatus] = useState<Status | undefined>();
  const [sending, setSending] = useState(false);
  const id = useId();
  const pending = useRef<Partial<Record<LinkedInKind, string>> | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(savePrep);
  saveRef.current = savePrep;

  /** Saves what is typed and not yet saved, now. A text left as the template gave it is saved empty. */
  const flush = () => {
    clearTimeout(timer.current);
    const typed = pending.current;
    pending.current = undefined;
    if (!typed) return;
    const linkedIn = { note: typed['connection-note'] ?? '', message: typed['linkedin-message'] ?? '' };
    void saveRef
      .current({ linkedIn: { ...linkedIn, updatedAt: Date.now() } })
      .catch((e: unknown) => setStatus({ kind: 'error', text: `Could not save the draft: ${errorText(e)}` }));
  };

  // The popup closes as soon as the user clicks into LinkedIn to paste: what is typed is saved first.
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

  const ofKind = (kind: LinkedInKind) => (templates.data ?? []).filter((t) => t.kind === kind);
  const templateFor = (kind: LinkedInKind): Template | undefined => {
    const list = ofKind(kind);
    return list.find((t) => t.id === chosen[kind]) ?? list[0];
  };

  const filledFor = (kind: LinkedInKind, templateId = chosen[kind]) => {
    const list = ofKind(kind);
    const template = list.find((t) => t.id === templateId) ?? list[0];
    return template && fillLinkedIn(template, values);
  };

  useEffect(() => {
    if (!templates.data) return;
    const saved = contact.prep?.linkedIn;
    const start: Partial<Record<LinkedInKind, string>> = {};
    for (const { kind } of KINDS) {
      const typed = kind === 'connection-note' ? saved?.note : saved?.message;
      start[kind] = typed?.trim() ? typed : filledFor(kind);
    }
    setTexts(start);
  }, [templates.data]);

  if (templates.error) {
    return (
      <LoadFailed
        message={`Could not load your templates: ${templates.error}`}
        onRetry={() => void templates.reload()}
      />
    );
  }
  if (!templates.data) return <p class="muted">Loading…</p>;

  /** What to keep for each text: the user's words, or nothing where the template's are shown. */
  const typedOf = (next: Partial<Record<LinkedInKind, string>>) => {
    const typed: Partial<Record<LinkedInKind, string>> = {};
    for (const { kind } of KINDS) typed[kind] = next[kind] === filledFor(kind) ? '' : (next[kind] ?? '');
    return typed;
  };

  const edit = (kind: LinkedInKind, text: string) => {
    const next = { ...texts, [kind]: text };
    setTexts(next);
    pending.current = typedOf(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };

  /** Fills one text afresh from a template, the chosen one or the same again. */
  const refill = (kind: LinkedInKind, templateId = chosen[kind]) => {
    if (templateId) setChosen({ ...chosen, [kind]: templateId });
    const filled = filledFor(kind, templateId);
    if (filled === undefined) return;
    const next = { ...texts, [kind]: filled };
    setTexts(next);
    pending.current = { ...typedOf(next), [kind]: '' };
    flush();
    setStatus(undefined);
  };

  const copy = async (kind: LinkedInKind, what: string) => {
    const result = await copyForUser(texts[kind] ?? '', what);
    setStatus({ kind: result.ok ? 'ok' : 'error', text: result.message });
  };

  const markSent = async () => {
    flush();
    setSending(true);
    try {
      await send('ui:logInteraction', { contactUrl: contact.url, kind: 'outreach-sent', at: Date.now() });
      setStatus({ kind: 'ok', text: 'Marked as sent.' });
      onSent();
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      {KINDS.map(({ kind, label, short }) => {
        const list = ofKind(kind);
        const text = texts[kind];
        if (list.length === 0 || text === undefined) {
          return (
            <p key={kind} class="muted small">
              No {label.toLowerCase()} template: add one under Templates in Settings.
            </p>
          );
        }
        const count = kind === 'connection-note' ? noteCount(text) : undefined;
        const field = `${id}-${kind}`;
        return (
          <div key={kind} class="linkedin-draft">
            {list.length > 1 && (
              <div class="draft-template">
                <label for={`${field}-template`}>{`${label} template`}</label>
                <select
                  id={`${field}-template`}
                  value={templateFor(kind)?.id}
                  onChange={(e) => refill(kind, e.currentTarget.value)}
                >
                  {list.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <label for={field}>{label}</label>
            <textarea
              id={field}
              rows={kind === 'connection-note' ? 6 : 9}
              value={text}
              maxLength={20_000}
              aria-describedby={count ? `${field}-count` : undefined}
              onInput={(e) => edit(kind, e.currentTarget.value)}
              onBlur={flush}
            />
            {text !== filledFor(kind) && (
              <button type="button" class="link small" onClick={() => refill(kind)}>
                Start over from the template
              </button>
            )}
            <div class="linkedin-draft-tools">
              {count && (
                <span
                  id={`${field}-count`}
                  class={count.over > 0 ? 'note-count error' : 'note-count muted small'}
                  aria-live="polite"
                >
                  {count.label}
                </span>
              )}
              <button type="button" onClick={() => void copy(kind, `the ${short}`)}>
                Copy {short}
              </button>
            </div>
          </div>
        );
      })}
      <div class="prepare-actions">
        {/^https:\/\/([a-z]+\.)?linkedin\.com\//.test(contact.url) && (
          <a class="button" href={contact.url} target="_blank" rel="noreferrer">
            Open their profile
          </a>
        )}
        <button type="button" class="primary" disabled={sending} onClick={() => void markSent()}>
          Mark as sent
        </button>
      </div>
      {status && (
        <div class="prepare-status">
          <StatusText status={status} />
        </div>
      )}
    </>
  );
}
