import type { ContactView } from '../shared/protocol';
import type { Settings } from '../shared/settings';
import { ActivityPanel } from './activity/ActivityPanel';
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
  return (
    <>
      <ContactCard view={view} />
      <PreparePanel
        key={view.contact.url}
        view={view}
        settings={settings}
        focusDraft={focusDraft}
        onChanged={onChanged}
      />
      <ActivityPanel contactUrl={view.contact.url} contactName={view.contact.name} onChanged={onChanged} />
    </>
  );
}
