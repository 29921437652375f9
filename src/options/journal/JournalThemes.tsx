import { useState } from 'preact/hooks';
import { WEEK } from '../../core/time-units';
import type { JournalTheme } from '../../shared/protocol';
import { contactPageHash } from '../../shared/routes';
import { errorText } from '../../ui/errors';
import { send } from '../../ui/messages';
import { StatusText } from '../../ui/StatusText';

type Status = { kind: 'ok' | 'error'; text: string };

/** "3 people told you: AWS certification": what several people advised, each opening the advice behind it. */
export function JournalThemes({ themes }: { themes: readonly JournalTheme[] }) {
  if (themes.length === 0) return null;
  return (
    <section class="journal-themes card" aria-labelledby="themes-title">
      <h3 id="themes-title">What several people told you</h3>
      <ul class="journal-theme-list">
        {themes.map((theme) => (
          <ThemeRow key={theme.label} theme={theme} />
        ))}
      </ul>
    </section>
  );
}

function ThemeRow({ theme }: { theme: JournalTheme }) {
  const [status, setStatus] = useState<Status | undefined>();
  const [busy, setBusy] = useState(false);
  // The action item goes with the person who said it last: the one a follow-up would go to.
  const latest = [...theme.advice].sort((a, b) => b.at - a.at)[0];

  const makeActionItem = async () => {
    if (!latest) return;
    setBusy(true);
    try {
      await send('ui:saveActionItem', {
        contactUrl: latest.contactUrl,
        title: `Act on the advice: ${theme.label}`,
        dueAt: Date.now() + WEEK,
        advice: latest.text,
      });
      setStatus({ kind: 'ok', text: `Added to your action items, with ${latest.contactName || 'them'}.` });
    } catch (e) {
      setStatus({ kind: 'error', text: `Could not add the action item: ${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="journal-theme" data-testid="journal-theme">
      <details>
        <summary>
          <strong>{theme.people.length} people</strong> told you:{' '}
          <span class="theme-label">{theme.label}</span>
        </summary>
        <ul class="journal-theme-advice">
          {theme.advice.map((a, i) => (
            <li key={`${a.interactionId}-${i}`}>
              “{a.text}” — <a href={contactPageHash(a.contactUrl)}>{a.contactName || a.contactUrl}</a>
            </li>
          ))}
        </ul>
        <div class="journal-theme-actions">
          <button type="button" disabled={busy || !latest} onClick={() => void makeActionItem()}>
            Make it an action item
          </button>
          <StatusText status={status} />
        </div>
      </details>
    </li>
  );
}
