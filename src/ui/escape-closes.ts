/**
 * A keydown handler that closes an open form on Escape, as dialogs and menus do. What was typed stays in
 * the form's kept draft, so an Escape pressed by mistake loses nothing; Cancel is what throws it away.
 */
export function escapeCloses(close: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
}

/** Closes a disclosure (a <details>) on Escape and puts focus back on its summary. */
export function escapeClosesDetails(event: KeyboardEvent) {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const details = (event.currentTarget as HTMLElement | null)?.closest('details');
  if (!details?.open) return;
  event.preventDefault();
  event.stopPropagation();
  details.open = false;
  details.querySelector('summary')?.focus();
}
