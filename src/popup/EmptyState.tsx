/** What a new user sees before Rapport has saved anyone. */
export function EmptyState({ onOpenOptions }: { onOpenOptions: () => void }) {
  return (
    <section class="card empty" aria-labelledby="empty-title">
      <h2 id="empty-title">Start with someone you'd like to talk to</h2>
      <ol>
        <li>Tell Rapport about yourself in My profile, so it can find what you have in common.</li>
        <li>Open a person's LinkedIn profile. Rapport saves them as you read.</li>
        <li>Open Rapport again to see them here.</li>
      </ol>
      <button type="button" class="primary" onClick={onOpenOptions}>
        Set up My profile
      </button>
      <p class="muted small">
        Everything stays on this computer. Rapport has no account and sends nothing anywhere.
      </p>
    </section>
  );
}
