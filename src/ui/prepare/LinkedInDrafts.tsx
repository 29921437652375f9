import { useEffect, useId, useMemo, useState } from 'preact/hooks';
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

const KINDS: readonly { kind: LinkedInKind; label: string; short: string }[] = [
  { kind: 'connection-note', label: 'Connection note', short: 'note' },
  { kind: 'linkedin-message', label: 'LinkedIn message', short: 'message' },
];

/**
 * The connection note and the longer message, each filled from the user's templates of its kind. The
 * note shows LinkedIn's count as it is typed, since LinkedIn refuses a note over its limit.
 */
export function LinkedInDrafts({ contact, me, commonGround, onSent }: DraftProps) {
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

  const ofKind = (kind: LinkedInKind) => (templates.data ?? []).filter((t) => t.kind === kind);
  const templateFor = (kind: LinkedInKind): Template | undefined => {
    const list = ofKind(kind);
    return list.find((t) => t.id === chosen[kind]) ?? list[0];
  };

  useEffect(() => {
    if (!templates.data) return;
    const filled: Partial<Record<LinkedInKind, string>> = {};
    for (const { kind } of KINDS) {
      const template = templateFor(kind);
      if (template) filled[kind] = fillLinkedIn(template, values);
    }
    setTexts(filled);
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

  const choose = (kind: LinkedInKind, templateId: string) => {
    setChosen({ ...chosen, [kind]: templateId });
    const template = ofKind(kind).find((t) => t.id === templateId);
    if (template) setTexts({ ...texts, [kind]: fillLinkedIn(template, values) });
    setStatus(undefined);
  };

  const copy = async (kind: LinkedInKind, what: string) => {
    const result = await copyForUser(texts[kind] ?? '', what);
    setStatus({ kind: result.ok ? 'ok' : 'error', text: result.message });
  };

  const markSent = async () => {
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
                  onChange={(e) => choose(kind, e.currentTarget.value)}
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
              onInput={(e) => setTexts({ ...texts, [kind]: e.currentTarget.value })}
            />
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
