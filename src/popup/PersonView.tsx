import { useState } from 'preact/hooks';
import type { ContactView } from '../shared/protocol';
import type { Settings } from '../shared/settings';
import { useLazy } from '../ui/use-lazy';
import { ContactCard } from './ContactCard';
import { PreparePanel } from './prepare/PreparePanel';

interface Props {
  view: ContactView;
  settings: Settings;
  /** Opened from "Draft outreach email": go straight to the draft. */
  focusDraft: boolean;
  onChanged: () => void;
}

/**
 * Everything about the person on the page: who they are, getting ready to talk to them, and what the
 * user has done and owes them.
 */
export function PersonView({ view, settings, focusDraft, onChanged }: Props) {
  // Once a meeting ends the thank-you is due: the draft opens on it, written afresh.
  const [meetingsEnded, setMeetingsEnded] = useState(0);
  // Meeting mode and the follow-through panel show what the background answers, which comes after the
  // person and common ground: their code loads beside those messages, not before the first view. So
  // Meeting mode sits below Prepare: arriving after the first paint, it moves nothing already on screen.
  const Meeting = useLazy(true, () => import('./meeting/MeetingSection').then((m) => m.MeetingSection));
  const Activity = useLazy(true, () => import('./activity/ActivityPanel').then((m) => m.ActivityPanel));
  return (
    <>
      <ContactCard view={view} />
      <PreparePanel
        // After a meeting ends here, the draft is set up again once the view shows the meeting (the stage
        // moves to met), so it opens on the thank-you; otherwise a stage change keeps what is on screen.
        key={`${view.contact.url}-${meetingsEnded > 0 ? view.contact.stage : ''}-${meetingsEnded}`}
        view={view}
        settings={settings}
        focusDraft={focusDraft || meetingsEnded > 0}
        onChanged={onChanged}
      />
      {Meeting && (
        <Meeting
          key={`meeting-${view.contact.url}`}
          contact={view.contact}
          settings={settings}
          onEnded={() => {
            setMeetingsEnded((n) => n + 1);
            onChanged();
          }}
        />
      )}
      {Activity ? (
        <Activity contactUrl={view.contact.url} contactName={view.contact.name} onChanged={onChanged} />
      ) : (
        <p class="muted">Loading…</p>
      )}
    </>
  );
}
