import { useEffect, useState } from 'preact/hooks';
import { OPTIONS_SECTIONS, optionsHash, parseOptionsHash, type SectionId } from '../shared/routes';
import type { Settings } from '../shared/settings';
import { errorText } from '../ui/errors';
import { send } from '../ui/messages';
import { PipelineBoard } from './board/PipelineBoard';
import { ContactsSection } from './contacts/ContactsSection';
import { DataPanel } from './DataPanel';
import { ContactFiles } from './data/ContactFiles';
import { JournalSection } from './journal/JournalSection';
import { MyProfileForm } from './MyProfileForm';
import { MyProfileImport } from './me-import/MyProfileImport';
import { MeetingPage } from './meeting/MeetingPage';
import { QuestionBankSection } from './questions/QuestionBankSection';
import { RemindersSection } from './reminders/RemindersSection';
import { SECTION_LABELS } from './sections';
import { SyncSection } from './sync/SyncSection';
import { TemplatesSection } from './templates/TemplatesSection';
import { UpcomingSection } from './upcoming/UpcomingSection';

function importTabOf(hash: string): number | undefined {
  const route = parseOptionsHash(hash);
  return route.section === 'me' ? route.importTab : undefined;
}

export function App() {
  const [section, setSection] = useState<SectionId>(() => parseOptionsHash(location.hash).section);
  // "This is me" in the popup opens #me-from-tab=<tab>: review that capture before it fills My profile.
  const [importTab, setImportTab] = useState(() => importTabOf(location.hash));
  const [settings, setSettings] = useState<Settings | undefined>();
  const [error, setError] = useState<string | undefined>();

  const load = () => send('ui:getSettings', {}).then(setSettings, (e: unknown) => setError(errorText(e)));
  useEffect(() => {
    void load();
    const onHash = () => {
      setSection(parseOptionsHash(location.hash).section);
      setImportTab(importTabOf(location.hash));
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  return (
    <div class="options">
      <header class="options-header">
        <img src="/icons/icon-48.png" alt="" width={32} height={32} />
        <h1>Rapport</h1>
      </header>
      <nav aria-label="Sections" class="options-nav">
        {OPTIONS_SECTIONS.map((id) => (
          <a key={id} href={optionsHash({ section: id })} aria-current={section === id ? 'page' : undefined}>
            {SECTION_LABELS[id]}
          </a>
        ))}
      </nav>
      <main class="options-main">
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        {section === 'contacts' && <ContactsSection />}
        {section === 'board' && <PipelineBoard />}
        {section === 'upcoming' && <UpcomingSection />}
        {section === 'journal' && <JournalSection />}
        {section === 'meeting' && <MeetingPage />}
        {section === 'data' && <DataPanel onImported={() => void load()} />}
        {section === 'sync' && <SyncSection />}
        {section === 'data' && <ContactFiles />}
        {!settings &&
          !error &&
          !['contacts', 'board', 'upcoming', 'journal', 'meeting', 'data', 'sync'].includes(section) && (
            <p class="muted">Loading…</p>
          )}
        {settings && section === 'me' && importTab !== undefined && (
          <MyProfileImport
            key={importTab}
            tabId={importTab}
            settings={settings}
            onSaved={(saved) => {
              setSettings(saved);
              location.hash = optionsHash({ section: 'me' });
            }}
            onCancel={() => {
              location.hash = optionsHash({ section: 'me' });
            }}
          />
        )}
        {settings && section === 'me' && importTab === undefined && (
          <MyProfileForm settings={settings} onSaved={setSettings} />
        )}
        {settings && section === 'questions' && (
          <QuestionBankSection settings={settings} onSaved={setSettings} />
        )}
        {settings && section === 'templates' && <TemplatesSection settings={settings} />}
        {settings && section === 'reminders' && (
          <RemindersSection settings={settings} onSaved={setSettings} />
        )}
      </main>
    </div>
  );
}
