import { StatusText } from './StatusText';
export interface SaveStatus {
  kind: 'saved' | 'error';
  text: string;
}

interface Props {
  label: string;
  dirty: boolean;
  busy?: boolean;
  status?: SaveStatus | undefined;
  /** Offered while there are unsaved changes, to go back to what is saved. */
  onDiscard?: () => void;
}

/** A form's save button, its unsaved-changes note and the outcome of the last save, the same everywhere. */
export function SaveActions({ label, dirty, busy = false, status, onDiscard }: Props) {
  return (
    <div class="actions">
      <button type="submit" class="primary" disabled={!dirty || busy}>
        {busy ? 'Saving…' : label}
      </button>
      {dirty && <span class="muted">Unsaved changes</span>}
      {dirty && onDiscard && (
        <button type="button" disabled={busy} onClick={onDiscard}>
          Discard changes
        </button>
      )}
      <StatusText status={status} />
    </div>
  );
}
