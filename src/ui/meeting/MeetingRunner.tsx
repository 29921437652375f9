import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatClock, type MeetingPhase, meetingClock } from '../../core/meeting/meeting-clock';
import type { Interaction } from '../../shared/interaction';
import type { AgendaItem, MeetingCapture, MeetingState } from '../../shared/meeting';
import { errorText } from '../errors';
import { send } from '../messages';
import { StatusText } from '../StatusText';
import { useNow } from '../use-now';
import { parseReferral } from './capture-text';
import { playCue } from './cue-sound';
import { useMeetingSave } from './use-meeting-save';
import './meeting.css';

type CaptureKind = MeetingCapture['kind'];

const CAPTURE_LABELS: Record<CaptureKind, { button: string; key: string; placeholder: string }> = {
  advice: { button: 'Advice', key: 'a', placeholder: 'What they advised' },
  action: { button: 'Action item', key: 't', placeholder: 'What you will do' },
  referral: { button: 'Talk to…', key: 'r', placeholder: 'Dana Lee at Stripe' },
};

const PHASE_TEXT: Record<MeetingPhase, string> = {
  running: '',
  'wrap-up': '5 minutes left: time to wrap up and ask who else to talk to.',
  over: 'Time is up. Thank them for their time.',
};

interface Props {
  initial: MeetingState;
  /** Told once meeting-held is logged. */
  onEnded: (held: Interaction) => void;
  /** Told when the meeting is thrown away. */
  onDiscarded: () => void;
  /** A link to run it in a full tab instead, when not already in one. */
  openInTab?: () => void;
}

const newId = () => crypto.randomUUID();

/**
 * The meeting under way: a watch, the agenda to tick off with a note under each question, free notes,
 * and one key to catch advice, an action item or someone to talk to. Everything is saved as it happens.
 */
export function MeetingRunner({ initial, onEnded, onDiscarded, openInTab }: Props) {
  const [meeting, setMeeting] = useState(initial);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  const [captureKind, setCaptureKind] = useState<CaptureKind | undefined>();
  const [captureText, setCaptureText] = useState('');
  const [captureDue, setCaptureDue] = useState('');
  const [ending, setEnding] = useState(false);
  const captureField = useRef<HTMLInputElement>(null);
  const id = useId();
  const now = useNow(1000);
  const { save, flush, reread } = useMeetingSave((e) =>
    setStatus({ kind: 'error', text: `Could not save the meeting: ${errorText(e)}` }),
  );
  const clock = meetingClock(meeting.startedAt, meeting.minutes, now);

  // The sound, when the user asked for one, plays once as the phase changes while the page is open.
  const lastPhase = useRef(clock.phase);
  useEffect(() => {
    if (lastPhase.current !== clock.phase && meeting.sound && clock.phase !== 'running') playCue();
    lastPhase.current = clock.phase;
  }, [clock.phase]);

  // The same meeting can be open in the popup and in a tab: coming back to this one, it shows what the
  // other saved (the database has the meeting, not the page), or that it ended there.
  const shown = useRef(meeting);
  shown.current = meeting;
  const gone = useRef(onDiscarded);
  gone.current = onDiscarded;
  useEffect(() => {
    const refresh = async () => {
      if (document.visibilityState !== 'visible') return;
      try {
        const fresh = await reread();
        if (fresh === undefined) return;
        const same =
          fresh?.startedAt === shown.current.startedAt && fresh.contactUrl === shown.current.contactUrl;
        if (same) setMeeting(fresh);
        else gone.current();
      } catch {
        // Not reachable just now: what is on screen stays, and is saved with the next change.
      }
    };
    addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, []);

  const change = (next: MeetingState, typing = false) => {
    setMeeting(next);
    save(next, typing);
  };
  const changeQuestion = (qid: string, patch: Partial<AgendaItem>, typing = false) =>
    change(
      { ...meeting, agenda: meeting.agenda.map((q) => (q.id === qid ? { ...q, ...patch } : q)) },
      typing,
    );

  const beginCapture = (kind: CaptureKind) => {
    setCaptureKind(kind);
    setTimeout(() => captureField.current?.focus(), 0);
  };

  // One key catches something: A, T or R when not typing, or with Alt anywhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      if (e.ctrlKey || e.metaKey || (typing && !e.altKey)) return;
      const key = e.code.startsWith('Key') ? e.code.slice(3).toLowerCase() : e.key.toLowerCase();
      const kind = (Object.keys(CAPTURE_LABELS) as CaptureKind[]).find((k) => CAPTURE_LABELS[k].key === key);
      if (!kind) return;
      e.preventDefault();
      beginCapture(kind);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const addCapture = () => {
    const text = captureText.trim();
    if (!captureKind || !text) return;
    let item: MeetingCapture;
    if (captureKind === 'referral') item = { id: newId(), kind: 'referral', ...parseReferral(text) };
    else if (captureKind === 'action') {
      const due = captureDue ? new Date(`${captureDue}T09:00`).getTime() : undefined;
      item = { id: newId(), kind: 'action', text, ...(due && Number.isFinite(due) ? { dueAt: due } : {}) };
    } else item = { id: newId(), kind: 'advice', text };
    change({ ...meeting, captured: [...meeting.captured, item] });
    setCaptureText('');
    setCaptureDue('');
    setCaptureKind(undefined);
  };

  const removeCapture = (cid: string) =>
    change({ ...meeting, captured: meeting.captured.filter((c) => c.id !== cid) });
  const toggleMark = (cid: string) =>
    change({
      ...meeting,
      captured: meeting.captured.map((c) =>
        c.id === cid && c.kind === 'advice' ? { ...c, marked: !c.marked } : c,
      ),
    });

  const end = async () => {
    setEnding(true);
    try {
      await flush();
      const held = await send('ui:endMeeting', {});
      onEnded(held);
    } catch (e) {
      setStatus({ kind: 'error', text: `Could not end the meeting: ${errorText(e)}` });
      setEnding(false);
    }
  };

  const discard = async () => {
    if (!confirm('Throw this meeting away without recording it?')) return;
    await send('ui:discardMeeting', {});
    onDiscarded();
  };

  return (
    <section
      class={`meeting meeting-${clock.phase}`}
      aria-label={`Meeting with ${meeting.contactName}`}
      data-testid="meeting"
    >
      <div class="meeting-clock" data-phase={clock.phase}>
        <div>
          <span class="meeting-elapsed" data-testid="meeting-elapsed">
            {formatClock(clock.elapsedMs)}
          </span>
          <span class="muted small"> elapsed</span>
        </div>
        <div>
          <span class="meeting-remaining" data-testid="meeting-remaining">
            {formatClock(clock.remainingMs)}
          </span>
          <span class="muted small">
            {clock.remainingMs >= 0 ? ' left' : ' over'} of {meeting.minutes} min
          </span>
        </div>
      </div>
      {clock.phase !== 'running' && (
        <p class="meeting-cue" role="status" data-testid="meeting-cue">
          {PHASE_TEXT[clock.phase]}
        </p>
      )}
      <h3 class="section-title">With {meeting.contactName}</h3>
      {meeting.agenda.length > 0 && (
        <ol class="meeting-agenda" aria-label="Agenda">
          {meeting.agenda.map((q) => (
            <li key={q.id} class={q.done ? 'done' : ''}>
              <label class="meeting-question">
                <input
                  type="checkbox"
                  checked={q.done}
                  onChange={(e) => changeQuestion(q.id, { done: e.currentTarget.checked })}
                />
                <span>{q.text}</span>
              </label>
              <textarea
                aria-label={`Note: ${q.text}`}
                rows={2}
                maxLength={20_000}
                value={q.note}
                placeholder="What they said"
                onInput={(e) => changeQuestion(q.id, { note: e.currentTarget.value }, true)}
              />
              {q.note.trim() && (
                <label class="small meeting-mark">
                  <input
                    type="checkbox"
                    checked={Boolean(q.marked)}
                    onChange={(e) => changeQuestion(q.id, { marked: e.currentTarget.checked })}
                  />{' '}
                  Mention in the thank-you
                </label>
              )}
            </li>
          ))}
        </ol>
      )}
      <label for={`${id}-notes`}>Notes</label>
      <textarea
        id={`${id}-notes`}
        rows={4}
        maxLength={20_000}
        value={meeting.notes}
        onInput={(e) => change({ ...meeting, notes: e.currentTarget.value }, true)}
      />
      <div class="meeting-capture">
        {(Object.keys(CAPTURE_LABELS) as CaptureKind[]).map((kind) => (
          <button
            key={kind}
            type="button"
            aria-pressed={captureKind === kind}
            aria-keyshortcuts={`${CAPTURE_LABELS[kind].key.toUpperCase()} Alt+${CAPTURE_LABELS[kind].key.toUpperCase()}`}
            onClick={() => beginCapture(kind)}
          >
            {CAPTURE_LABELS[kind].button} <kbd>{CAPTURE_LABELS[kind].key.toUpperCase()}</kbd>
          </button>
        ))}
      </div>
      {captureKind && (
        <form
          class="meeting-capture-form"
          onSubmit={(e) => {
            e.preventDefault();
            addCapture();
          }}
        >
          <label for={`${id}-capture`}>{CAPTURE_LABELS[captureKind].button}</label>
          <input
            id={`${id}-capture`}
            ref={captureField}
            value={captureText}
            maxLength={1000}
            placeholder={CAPTURE_LABELS[captureKind].placeholder}
            onInput={(e) => setCaptureText(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setCaptureKind(undefined)}
          />
          {captureKind === 'action' && (
            <>
              <label for={`${id}-due`}>Due (optional)</label>
              <input
                id={`${id}-due`}
                type="date"
                value={captureDue}
                onInput={(e) => setCaptureDue(e.currentTarget.value)}
              />
            </>
          )}
          <button type="submit" class="primary">
            Add
          </button>
        </form>
      )}
      {meeting.captured.length > 0 && (
        <ul class="meeting-captured" aria-label="Caught so far">
          {meeting.captured.map((c) => (
            <li key={c.id} data-kind={c.kind}>
              <span class="meeting-captured-kind">{CAPTURE_LABELS[c.kind].button}:</span>{' '}
              {c.kind === 'referral' ? `${c.name}${c.company ? ` at ${c.company}` : ''}` : c.text}
              {c.kind === 'action' && c.dueAt && (
                <span class="muted small"> (due {new Date(c.dueAt).toLocaleDateString()})</span>
              )}
              {c.kind === 'advice' && (
                <label class="small meeting-mark">
                  <input type="checkbox" checked={Boolean(c.marked)} onChange={() => toggleMark(c.id)} />{' '}
                  Mention in the thank-you
                </label>
              )}
              <button type="button" class="link small" onClick={() => removeCapture(c.id)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="meeting-actions">
        <button type="button" class="primary" disabled={ending} onClick={() => void end()}>
          End meeting
        </button>
        {openInTab && (
          <button type="button" class="link" onClick={openInTab}>
            Continue in a tab
          </button>
        )}
        <button type="button" class="link small" onClick={() => void discard()}>
          Discard
        </button>
      </div>
      <StatusText status={status} />
    </section>
  );
}
