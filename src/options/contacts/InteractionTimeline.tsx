import { useId, useRef, useState } from 'preact/hooks';
import type { Interaction } from '../../shared/interaction';
import { errorText } from '../../ui/errors';
import { announceFollowUpsChanged } from '../../ui/follow-through-events';
import { INTERACTION_LABELS } from '../../ui/follow-through-labels';
import { InteractionForm } from '../../ui/InteractionForm';
import { InteractionSummary } from '../../ui/InteractionSummary';
import { send } from '../../ui/messages';
import { RecordBoundary } from '../../ui/RecordBoundary';

interface Props {
  contactUrl: string;
  contactName: string;
  /** Newest first, as ui:listInteractions returns them. */
  interactions: Interaction[];
  now: number;
  onChanged: () => void;
}

/** Everything that happened with a person, newest first; each entry can be corrected or removed. */
export function InteractionTimeline({ contactUrl, contactName, interactions, now, onChanged }: Props) {
  const [editing, setEditing] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<string | undefined>();
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const id = useId();

  const changed = (text: string) => {
    setStatus({ kind: 'ok', text });
    announceFollowUpsChanged();
    onChanged();
    // The entry acted on may be gone: keep keyboard focus on the outcome.
    setTimeout(() => statusRef.current?.focus());
  };
  const remove = async (i: Interaction) => {
    try {
      await send('ui:deleteInteraction', { id: i.id });
      setConfirming(undefined);
      changed(`${INTERACTION_LABELS[i.kind]} deleted.`);
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    }
  };

  if (interactions.length === 0) {
    return <p class="muted">Nothing logged yet. Use the buttons above to record what happens.</p>;
  }
  return (
    <>
      {status && (
        <p
          ref={statusRef}
          tabIndex={-1}
          role={status.kind === 'error' ? 'alert' : 'status'}
          class={status.kind === 'error' ? 'error' : 'ok'}
        >
          {status.text}
        </p>
      )}
      <ul class="timeline" aria-label={`Everything with ${contactName}`}>
        {interactions.map((i) => {
          const summaryId = `${id}-${i.id}`;
          return (
            <li key={i.id}>
              <RecordBoundary name={`the ${i.kind} record ${i.id}`}>
                {editing === i.id ? (
                  <InteractionForm
                    contactUrl={contactUrl}
                    kind={i.kind}
                    interactions={interactions}
                    editing={i}
                    onSaved={() => {
                      setEditing(undefined);
                      changed('Saved.');
                    }}
                    onCancel={() => setEditing(undefined)}
                  />
                ) : (
                  <div id={summaryId}>
                    <InteractionSummary
                      interaction={i}
                      now={now}
                      contactName={contactName}
                      linkReferralsTo="contact-page"
                    />
                  </div>
                )}
                {editing !== i.id && confirming !== i.id && (
                  <div class="timeline-actions">
                    <button
                      type="button"
                      class="link"
                      aria-describedby={summaryId}
                      onClick={() => setEditing(i.id)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      class="link"
                      aria-describedby={summaryId}
                      onClick={() => setConfirming(i.id)}
                    >
                      Delete
                    </button>
                  </div>
                )}
                {confirming === i.id && (
                  <div class="confirm-inline" role="alertdialog" aria-labelledby={`${summaryId}-confirm`}>
                    <span id={`${summaryId}-confirm`}>
                      Delete this {INTERACTION_LABELS[i.kind].toLowerCase()}? Its note goes too.
                    </span>
                    <button type="button" class="danger" onClick={() => void remove(i)}>
                      Delete
                    </button>
                    <button type="button" onClick={() => setConfirming(undefined)}>
                      Keep it
                    </button>
                  </div>
                )}
              </RecordBoundary>
            </li>
          );
        })}
      </ul>
    </>
  );
}
