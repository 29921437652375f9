import { useEffect, useState } from 'preact/hooks';
import { optionsHash, parseOptionsHash } from '../../shared/routes';
import { ContactDetail } from './ContactDetail';
import { type ContactFilter, ContactList } from './ContactList';
import './contacts.css';

/**
 * Everyone Rapport has saved, and one person's page when the address is #contact=<encoded url>
 * (what notifications and links open). The search is kept while the user looks at someone.
 */
export function ContactsSection() {
  const [hash, setHash] = useState(() => location.hash);
  const [filter, setFilter] = useState<ContactFilter>({ query: '', stage: '' });
  const [notice, setNotice] = useState<string | undefined>();

  useEffect(() => {
    const follow = () => setHash(location.hash);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  const route = parseOptionsHash(hash);
  const url = route.section === 'contacts' ? route.contactUrl : undefined;
  if (url) {
    return (
      <ContactDetail
        key={url}
        url={url}
        onDeleted={(name) => {
          setNotice(`${name} was deleted.`);
          location.hash = optionsHash({ section: 'contacts' });
        }}
      />
    );
  }
  return (
    <>
      {notice && (
        <p role="status" class="ok">
          {notice}
        </p>
      )}
      <ContactList filter={filter} onFilter={setFilter} />
    </>
  );
}
