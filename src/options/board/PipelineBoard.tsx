import { useEffect, useRef, useState } from 'preact/hooks';
import { stagesAfter } from '../../core/follow-ups/stage-moves';
import { STAGES, type Stage } from '../../shared/contact';
import type { ContactSummary } from '../../shared/protocol';
import { contactPageHash } from '../../shared/routes';
import { errorText } from '../../ui/errors';
import { announceFollowUpsChanged } from '../../ui/follow-through-events';
import { stageLabel } from '../../ui/format';
import { LoadFailed } from '../../ui/LoadFailed';
import { send } from '../../ui/messages';
import { StatusText } from '../../ui/StatusText';
import { useLoad } from '../../ui/use-load';
import './board.css';

/** Enough cards per column for a search of a few hundred people; the list pages through the rest. */
const PER_STAGE = 200;

type Columns = Record<Stage, ContactSummary[]>;
type Status = { kind: 'ok'; text: string; undo?: string[] } | { kind: 'error'; text: string };

async function loadColumns(): Promise<Columns> {
  const lists = await Promise.all(
    STAGES.map((stage) => send('ui:listContacts', { limit: PER_STAGE, stage })),
  );
  return Object.fromEntries(STAGES.map((stage, n) => [stage, lists[n] ?? []])) as Columns;
}

/**
 * Everyone by stage, a column a stage. A card moves on by drag or by its "Move to" menu; the move logs
 * what makes the new stage true (ui:moveToStage), so the stage still follows what happened, and can be
 * undone by deleting what it logged.
 */
export function PipelineBoard() {
  const { data: columns, error, reload } = useLoad(loadColumns, []);
  // A ref, not state: the first dragover can come before a re-render would have shown the drag started.
  const dragging = useRef<{ url: string; from: Stage } | undefined>(undefined);
  const [over, setOver] = useState<Stage | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const [busy, setBusy] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const focusStatus = useRef(false);

  useEffect(() => {
    if (!status || !focusStatus.current) return;
    focusStatus.current = false;
    statusRef.current?.focus();
  }, [status]);

  const move = async (card: ContactSummary, to: Stage) => {
    setBusy(true);
    focusStatus.current = true;
    try {
      const { stage, logged } = await send('ui:moveToStage', { url: card.url, stage: to });
      setStatus({
        kind: 'ok',
        text: `${card.name} is now ${stageLabel(stage).toLowerCase()}: logged in their history.`,
        undo: logged,
      });
      announceFollowUpsChanged();
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
      await reload();
    }
  };

  const undo = async (ids: string[]) => {
    focusStatus.current = true;
    try {
      for (const id of [...ids].reverse()) await send('ui:deleteInteraction', { id });
      setStatus({ kind: 'ok', text: 'Undone.' });
      announceFollowUpsChanged();
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    }
    await reload();
  };

  const canDrop = (stage: Stage) =>
    dragging.current !== undefined && stagesAfter(dragging.current.from).includes(stage);

  return (
    <section class="board-section" aria-labelledby="board-title">
      <h2 id="board-title">Board</h2>
      <p class="muted">
        Drag a card to a later stage, or use its menu. Moving someone logs what happened (a meeting held, a
        thank-you sent …), so their follow-ups follow. The <a href="#contacts">list</a> has search and
        filters.
      </p>
      {error && (
        <LoadFailed message={`Could not load your contacts: ${error}`} onRetry={() => void reload()} />
      )}
      {!columns && !error && <p class="muted">Loading…</p>}
      {status && (
        <div class="board-status" ref={statusRef} tabIndex={-1}>
          <StatusText status={status} />
          {status.kind === 'ok' && status.undo && (
            <button type="button" class="link" onClick={() => status.undo && void undo(status.undo)}>
              Undo
            </button>
          )}
        </div>
      )}
      {columns && (
        // Six columns are wider than a small window: they scroll sideways here, never the page, and the
        // region takes focus so the arrow keys scroll it too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard.
        <section class="board" aria-label="Stages" tabIndex={0}>
          {STAGES.map((stage) => {
            const cards = columns[stage];
            const titleId = `board-${stage}`;
            return (
              <section
                key={stage}
                class={`board-column${over === stage && canDrop(stage) ? ' drop-target' : ''}`}
                aria-labelledby={titleId}
                data-stage={stage}
                onDragOver={(e) => {
                  if (!canDrop(stage)) return;
                  e.preventDefault();
                  setOver(stage);
                }}
                onDragLeave={() => setOver((o) => (o === stage ? undefined : o))}
                onDrop={(e) => {
                  e.preventDefault();
                  const from = dragging.current;
                  const card = from && columns[from.from].find((c) => c.url === from.url);
                  const allowed = canDrop(stage);
                  dragging.current = undefined;
                  setOver(undefined);
                  if (card && allowed) void move(card, stage);
                }}
              >
                <h3 id={titleId} class="board-column-title">
                  <span class={`stage stage-${stage}`}>{stageLabel(stage)}</span>{' '}
                  <span class="muted small">
                    {cards.length >= PER_STAGE ? `${PER_STAGE}+` : cards.length}
                  </span>
                </h3>
                <ul class="board-cards" aria-labelledby={titleId}>
                  {cards.map((card) => (
                    <BoardCard
                      key={card.url}
                      card={card}
                      busy={busy}
                      onDragStart={() => {
                        dragging.current = { url: card.url, from: stage };
                      }}
                      onDragEnd={() => {
                        dragging.current = undefined;
                        setOver(undefined);
                      }}
                      onMove={(to) => void move(card, to)}
                    />
                  ))}
                </ul>
                {cards.length === 0 && <p class="muted small board-empty">No one here.</p>}
              </section>
            );
          })}
        </section>
      )}
    </section>
  );
}

interface CardProps {
  card: ContactSummary;
  busy: boolean;
  onDragStart: () => void;
  onDragEnd: () => void;
  onMove: (to: Stage) => void;
}

function BoardCard({ card, busy, onDragStart, onDragEnd, onMove }: CardProps) {
  const later = stagesAfter(card.stage);
  return (
    <li
      class="board-card"
      draggable={later.length > 0}
      data-url={card.url}
      onDragStart={(e) => {
        e.dataTransfer?.setData('text/plain', card.url);
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      onDragEnd={onDragEnd}
    >
      <a class="board-card-name" href={contactPageHash(card.url)}>
        {card.name}
      </a>
      {card.headline && <span class="board-card-headline small muted">{card.headline}</span>}
      {later.length > 0 && (
        <select
          class="board-move"
          aria-label={`Move ${card.name} to`}
          disabled={busy}
          value=""
          onChange={(e) => {
            const to = e.currentTarget.value as Stage;
            e.currentTarget.value = '';
            if (to) onMove(to);
          }}
        >
          <option value="">Move to…</option>
          {later.map((stage) => (
            <option key={stage} value={stage}>
              {stageLabel(stage)}
            </option>
          ))}
        </select>
      )}
    </li>
  );
}
