// A temporary page that mounts the follow-through components the way the popup and options page will.
import { render } from 'preact';
import '../../../src/shared/ui/base.css';
import { ContactsSection } from '../../../src/options/contacts/ContactsSection';
import { JournalSection } from '../../../src/options/journal/JournalSection';
import { RemindersSection } from '../../../src/options/reminders/RemindersSection';
import { ActivityPanel } from '../../../src/popup/activity/ActivityPanel';
import { DueView, useDueCount } from '../../../src/popup/due/DueView';
import type { Settings } from '../../../src/shared/settings';
import { send } from '../../../src/shared/ui/messages';
import '../../../src/popup/popup.css';
import '../../../src/options/options.css';

const params = new URLSearchParams(location.search);
const view = params.get('view') ?? 'due';

function Popup() {
  const count = useDueCount();
  const url = params.get('url') ?? '';
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Rapport</h1>
        <span data-testid="due-count">Due ({count ?? '…'})</span>
      </header>
      {view === 'due' ? (
        <DueView onOpenContact={(u) => console.log('open', u)} />
      ) : (
        <ActivityPanel contactUrl={url} contactName={params.get('name') ?? ''} onChanged={() => undefined} />
      )}
    </main>
  );
}

function Options({ settings }: { settings: Settings }) {
  return (
    <div class="options">
      <header class="options-header">
        <h1>Rapport</h1>
      </header>
      <nav class="options-nav" aria-label="Settings sections">
        <a href="#contacts">Contacts</a>
        <a href="#journal">Journal</a>
        <a href="#reminders">Reminders</a>
      </nav>
      <main class="options-main">
        {view === 'contacts' && <ContactsSection />}
        {view === 'journal' && <JournalSection />}
        {view === 'reminders' && <RemindersSection settings={settings} onSaved={() => undefined} />}
      </main>
    </div>
  );
}

const root = document.getElementById('app') as HTMLElement;
if (view === 'due' || view === 'activity') {
  document.body.style.width = '380px';
  render(<Popup />, root);
} else {
  document.body.style.width = 'auto';
  send('ui:getSettings', {}).then((s) => render(<Options settings={s} />, root));
}
