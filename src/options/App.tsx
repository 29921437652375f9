import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { errorText } from '../ui/errors';
import { tabIdFromHash } from '../ui/me-import-hash';
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
import { SECTIONS, type SectionId, sectionFromHash } from './sections';
import { SyncSection } from './sync/SyncSection';
import { TemplatesSection } from './templates/TemplatesSection';
import { UpcomingSection } from './upcoming/UpcomingSection';

export function App() {
  const [section, setSection] = useState<SectionId>(() => sectionFromHash(location.hash));
  // "This is me" in the popup opens #me-from-tab=<tab>: review that capture before it fills My profile.
  const [importTab, setImportTab] = useState(() => tabIdFromHash(location.hash));
  const [settings, setSettings] = useState<Settings | undefined>();
  const [error, setError] = useState<string | undefined>();

  const load = () => send('ui:getSettings', {}).then(setSettings, (e: unknown) => setError(errorText(e)));
  useEffect(() => {
    void load();
    const onHash = () => {
      setSection(sectionFromHash(location.hash));
      setImportTab(tabIdFromHash(location.hash));
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
        {SECTIONS.map((s) => (
          <a key={s.id} href={`#${s.id}`} aria-current={section === s.id ? 'page' : undefined}>
            {s.label}
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
              location.hash = '#me';
            }}
            onCancel={() => {
              location.hash = '#me';
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
