interface Props {
  /** What the submit button says while the form is idle. */
  label: string;
  busy: boolean;
  onCancel: () => void;
}

/** Submit and Cancel for a short logging form; both wait while a save is under way. */
export function FormButtons({ label, busy, onCancel }: Props) {
  return (
    <div class="ix-actions">
      <button type="submit" class="primary" disabled={busy}>
        {busy ? 'Saving…' : label}
      </button>
      <button type="button" onClick={onCancel} disabled={busy}>
        Cancel
      </button>
    </div>
  );
}
