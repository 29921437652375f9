import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { FollowUp } from '../shared/interaction';
import { dueText } from './due-text';
import { errorText } from './errors';
import { announceFollowUpsChanged } from './follow-through-events';
import { FOLLOW_UP_LABELS } from './follow-through-labels';
import {
  completeFollowUp,
  completeLabel,
  dismissFollowUp,
  type Outcome,
  snoozeFollowUp,
} from './follow-up-commands';
import { RecordBoundary } from './RecordBoundary';
import { SnoozeControl } from './SnoozeControl';
import { When } from './When';
import './follow-through.css';
import { StatusText } from './StatusText';

export interface FollowUpEntry {
  followUp: FollowUp;
  contactName: string;
  overdue: boolean;
}

interface Props {
  entries: FollowUpEntry[];
  now: number;
  /** Names the list for assistive technology, e.g. "Overdue" or "Open follow-ups". */
  label: string;
  /** Show whom each follow-up is for (the due list); a person's own panel leaves it out. */
  showContact?: boolean;
  onOpenContact?: (url: string) => void;
  /** Offers "Edit" on action items (the user wrote them, so they may rewrite them). */
  onEdit?: (followUp: FollowUp) => void;
  /** Told after a change; every list also hears of it through follow-through-events. */
  onChanged?: () => void;
}

type Status = { kind: 'ok'; text: string; undo?: () => Promise<unknown> } | { kind: 'error'; text: string };

/**
 * Follow-ups with their one-click actions, and a way to undo the last one. The outcome stays on screen
 * when the list empties, so the last item's Undo is still there.
 */
export function FollowUpList({ entries, now, label, showContact, onOpenContact, onEdit, onChanged }: Props) {
  const [busy, setBusy] = useState<string | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const statusRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const focusStatus = useRef(false);

  // The row acted on is disabled while busy and may then disappear: keyboard focus goes to the outcome
  // (with its Undo) rather than falling back to the top of the page.
  useEffect(() => {
    if (!status || !focusStatus.current) return;
    focusStatus.current = false;
    statusRef.current?.focus();
  }, [status]);

  const run = async (id: string, command: () => Promise<Outcome>) => {
    setBusy(id);
    try {
      const outcome = await command();
      setStatus({ kind: 'ok', text: outcome.message, undo: outcome.undo });
      announceFollowUpsChanged();
      onChanged?.();
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    } finally {
      focusStatus.current = true;
      setBusy(undefined);
    }
  };

  const undo = async (command: () => Promise<unknown>) => {
    focusStatus.current = true;
    try {
      await command();
      setStatus({ kind: 'ok', text: 'Undone.' });
      announceFollowUpsChanged();
      onChanged?.();
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    }
  };

  const statusLine = status && (
    <div class="follow-up-status" ref={statusRef} tabIndex={-1}>
      <StatusText status={status} />
      {status.kind === 'ok' && status.undo && (
        <button type="button" class="link" onClick={() => status.undo && void undo(status.undo)}>
          Undo
        </button>
      )}
    </div>
  );

  return (
    <div class="follow-ups">
      {entries.length > 0 && (
        <ul class="follow-up-list" aria-label={label}>
          {entries.map(({ followUp: f, contactName, overdue }) => {
            const textId = `${listId}-${slug(f.id)}`;
            const when = dueText(f, now);
            const name = showContact ? contactName : undefined;
            return (
              <li key={f.id} class={overdue ? 'follow-up overdue' : 'follow-up'} data-testid="follow-up">
                <RecordBoundary name={`the follow-up ${f.id}`}>
                  <div class="follow-up-text" id={textId}>
                    {showContact && (
                      <span class="follow-up-person">
                        {onOpenContact ? (
                          <button type="button" class="link" onClick={() => onOpenContact(f.contactUrl)}>
                            {contactName}
                          </button>
                        ) : (
                          contactName
                        )}
                      </span>
                    )}
                    <span class="follow-up-title">{f.title ?? FOLLOW_UP_LABELS[f.kind]}</span>
                    <span class="follow-up-when small">
                      {overdue && <span class="overdue-tag">Overdue</span>}
                      <span class="follow-up-kind">{FOLLOW_UP_LABELS[f.kind]}</span> ·{' '}
                      <When at={when.at} now={now} text={when.text} />
                    </span>
                  </div>
                  <div class="follow-up-actions">
                    <button
                      type="button"
                      class="primary"
                      disabled={busy !== undefined}
                      aria-describedby={textId}
                      onClick={() => void run(f.id, () => completeFollowUp(f, name))}
                    >
                      {completeLabel(f)}
                    </button>
                    <SnoozeControl
                      describedBy={textId}
                      disabled={busy !== undefined}
                      onSnooze={(until, untilText) =>
                        void run(f.id, () => snoozeFollowUp(f, until, untilText, name))
                      }
                    />
                    <button
                      type="button"
                      disabled={busy !== undefined}
                      aria-describedby={textId}
                      onClick={() => void run(f.id, () => dismissFollowUp(f, name))}
                    >
                      Dismiss
                    </button>
                    {onEdit && f.kind === 'action-item' && (
                      <button type="button" aria-describedby={textId} onClick={() => onEdit(f)}>
                        Edit
                      </button>
                    )}
                  </div>
                </RecordBoundary>
              </li>
            );
          })}
        </ul>
      )}
      {statusLine}
    </div>
  );
}

/** Follow-up ids hold URLs; an element id needs something plainer, and unique on the page. */
function slug(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (Math.imul(hash, 31) + id.charCodeAt(i)) | 0;
  return `${id.replace(/[^a-z0-9]+/gi, '-').slice(-40)}-${(hash >>> 0).toString(36)}`;
}
