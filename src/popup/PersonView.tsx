import { useState } from 'preact/hooks';
import type { ContactView } from '../shared/protocol';
import type { Settings } from '../shared/settings';
import { ActivityPanel } from './activity/ActivityPanel';
import { ContactCard } from './ContactCard';
import { MeetingSection } from './meeting/MeetingSection';
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
  return (
    <>
      <ContactCard view={view} />
      <MeetingSection
        key={`meeting-${view.contact.url}`}
        contact={view.contact}
        settings={settings}
        onEnded={() => {
          setMeetingsEnded((n) => n + 1);
          onChanged();
        }}
      />
      <PreparePanel
        // After a meeting ends here, the draft is set up again once the view shows the meeting (the stage
        // moves to met), so it opens on the thank-you; otherwise a stage change keeps what is on screen.
        key={`${view.contact.url}-${meetingsEnded > 0 ? view.contact.stage : ''}-${meetingsEnded}`}
        view={view}
        settings={settings}
        focusDraft={focusDraft || meetingsEnded > 0}
        onChanged={onChanged}
      />
      <ActivityPanel contactUrl={view.contact.url} contactName={view.contact.name} onChanged={onChanged} />
    </>
  );
}
