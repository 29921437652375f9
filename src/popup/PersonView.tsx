import type { ContactView } from '../shared/protocol';
import type { Settings } from '../shared/settings';
import { ActivityPanel } from './activity/ActivityPanel';
import { ContactCard } from './ContactCard';

interface Props {
  view: ContactView;
  settings: Settings;
  /** Opened from "Draft outreach email": go straight to the draft. */
  focusDraft: boolean;
  onChanged: () => void;
}

/** Everything about the person on the page: who they are, and what the user has done and owes them. */
export function PersonView({ view, onChanged }: Props) {
  return (
    <>
      <ContactCard view={view} />
      <ActivityPanel contactUrl={view.contact.url} contactName={view.contact.name} onChanged={onChanged} />
    </>
  );
}
