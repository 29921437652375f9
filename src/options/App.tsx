import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { send } from '../shared/ui/messages';
import { DataPanel } from './DataPanel';
import { MyProfileForm } from './MyProfileForm';

const SECTIONS = [
  { id: 'me', label: 'My profile' },
  { id: 'data', label: 'Your data' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

function sectionFromHash(): SectionId {
  const id = location.hash.slice(1);
  return SECTIONS.some((s) => s.id === id) ? (id as SectionId) : 'me';
}

export function App() {
  const [section, setSection] = useState<SectionId>(sectionFromHash);
  const [settings, setSettings] = useState<Settings | undefined>();
  const [error, setError] = useState<string | undefined>();

  const load = () =>
    send('ui:getSettings', {}).then(setSettings, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  useEffect(() => {
    void load();
    const onHash = () => setSection(sectionFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  return (
    <div class="options">
      <header class="options-header">
        <img src="/icons/icon-48.png" alt="" width={32} height={32} />
        <h1>Rapport</h1>
      </header>
      <nav aria-label="Settings sections" class="options-nav">
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
        {!settings && !error && <p class="muted">Loading…</p>}
        {settings && section === 'me' && <MyProfileForm settings={settings} onSaved={setSettings} />}
        {settings && section === 'data' && <DataPanel onImported={() => void load()} />}
      </main>
    </div>
  );
}
