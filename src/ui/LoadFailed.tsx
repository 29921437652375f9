interface Props {
  /** What could not be loaded, and why: "Could not load your notes: …". */
  message: string;
  onRetry: () => void;
  /** While a retry is under way, so it is not asked for twice. */
  retrying?: boolean;
}

/**
 * A load that failed: the reason, announced at once, and a way to try again. The alert holds only the
 * reason, so a screen reader reads what went wrong rather than the button's label.
 */
export function LoadFailed({ message, onRetry, retrying = false }: Props) {
  return (
    <>
      <p role="alert" class="error">
        {message}
      </p>
      <button type="button" disabled={retrying} onClick={onRetry}>
        Try again
      </button>
    </>
  );
}
