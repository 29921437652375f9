import type { ContactSummary } from '../shared/protocol';
import { relativeTime, stageLabel } from '../ui/format';

export function RecentContacts({ contacts }: { contacts: ContactSummary[] }) {
  const now = Date.now();
  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title" class="section-title">
        Recent contacts
      </h2>
      <ul class="contact-list">
        {contacts.map((c) => (
          <li key={c.url}>
            <a href={c.url} target="_blank" rel="noreferrer">
              <span class="name">{c.name}</span>
              {c.headline && <span class="headline">{c.headline}</span>}
            </a>
            <span class="meta">
              <span class={`stage stage-${c.stage}`}>{stageLabel(c.stage)}</span>
              <span class="muted small">{relativeTime(c.updatedAt, now)}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
