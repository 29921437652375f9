import { useEffect, useRef, useState } from 'preact/hooks';
import { INTERACTION_KINDS, type Interaction, type InteractionKind } from '../shared/interaction';
import { ActionItemForm } from './ActionItemForm';
import { announceFollowUpsChanged } from './follow-through-events';
import { INTERACTION_LABELS } from './follow-through-labels';
import { InteractionForm } from './InteractionForm';
import { keptDraftKeys, newFormDraftKey } from './kept-drafts';
import './follow-through.css';

interface Props {
  contactUrl: string;
  /** This person's interactions (any order): a meeting held is linked to the meeting it fulfils. */
  interactions: readonly Interaction[];
  /** Told after anything is saved, so the caller reloads the person. */
  onChanged: () => void;
}

type FormId = InteractionKind | 'action-item';

/**
 * One button per thing that can happen with a person; each opens a short form to log it. A form the
 * user switches away from is hidden, not dropped, so a half-written note is still there on return;
 * only saving or Cancel clears it.
 */
export function InteractionLogger({ contactUrl, interactions, onChanged }: Props) {
  // Forms left half-written when the popup closed open again as they were.
  const [started, setStarted] = useState<FormId[]>(() =>
    keptDraftKeys(newFormDraftKey(contactUrl, '')).map((key) => key.split('|').pop() as FormId),
  );
  const [shown, setShown] = useState<FormId | undefined>(() => started[0]);
  const [status, setStatus] = useState<string | undefined>();
  const forms = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!shown) return;
    forms.current?.querySelector<HTMLElement>(`[data-form="${shown}"] :is(input, textarea, select)`)?.focus();
  }, [shown]);

  const close = (which: FormId) => {
    setStarted((list) => list.filter((f) => f !== which));
    setShown((current) => (current === which ? undefined : current));
  };
  const saved = (which: FormId, text: string) => {
    close(which);
    setStatus(text);
    announceFollowUpsChanged();
    onChanged();
  };
  const choose = (which: FormId) => {
    setStatus(undefined);
    setStarted((list) => (list.includes(which) ? list : [...list, which]));
    setShown((current) => (current === which ? undefined : which));
  };

  return (
    <div class="interaction-logger">
      <fieldset class="quick-log">
        <legend>Log what happened</legend>
        {INTERACTION_KINDS.map((kind) => (
          <button key={kind} type="button" aria-pressed={shown === kind} onClick={() => choose(kind)}>
            {INTERACTION_LABELS[kind]}
          </button>
        ))}
        <button type="button" aria-pressed={shown === 'action-item'} onClick={() => choose('action-item')}>
          Add action item
        </button>
      </fieldset>
      <div ref={forms}>
        {started.map((which) => (
          <div key={which} data-form={which} hidden={shown !== which}>
            {which === 'action-item' ? (
              <ActionItemForm
                contactUrl={contactUrl}
                onSaved={() => saved(which, 'Action item added.')}
                onCancel={() => close(which)}
              />
            ) : (
              <InteractionForm
                contactUrl={contactUrl}
                kind={which}
                interactions={interactions}
                onSaved={(i) => saved(which, `Logged: ${INTERACTION_LABELS[i.kind]}.`)}
                onCancel={() => close(which)}
              />
            )}
          </div>
        ))}
      </div>
      {status && (
        <p role="status" class="ok small">
          {status}
        </p>
      )}
    </div>
  );
}
