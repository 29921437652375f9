import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { send } from '../shared/ui/messages';
import { ContactsSection } from './contacts/ContactsSection';
import { DataPanel } from './DataPanel';
import { JournalSection } from './journal/JournalSection';
import { MyProfileForm } from './MyProfileForm';
import { RemindersSection } from './reminders/RemindersSection';
import { SECTIONS, type SectionId, sectionFromHash } from './sections';

export function App() {
  const [section, setSection] = useState<SectionId>(() => sectionFromHash(location.hash));
  const [settings, setSettings] = useState<Settings | undefined>();
  const [error, setError] = useState<string | undefined>();

  const load = () =>
    send('ui:getSettings', {}).then(setSettings, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  useEffect(() => {
    void load();
    const onHash = () => setSection(sectionFromHash(location.hash));
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
        {section === 'journal' && <JournalSection />}
        {section === 'data' && <DataPanel onImported={() => void load()} />}
        {!settings && !error && section !== 'contacts' && section !== 'journal' && section !== 'data' && (
          <p class="muted">Loading…</p>
        )}
        {settings && section === 'me' && <MyProfileForm settings={settings} onSaved={setSettings} />}
        {settings && section === 'reminders' && (
          <RemindersSection settings={settings} onSaved={setSettings} />
        )}
      </main>
    </div>
  );
}
