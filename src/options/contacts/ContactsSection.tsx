import { useEffect, useState } from 'preact/hooks';
import { ContactDetail } from './ContactDetail';
import { type ContactFilter, ContactList } from './ContactList';
import { CONTACTS_HASH, contactUrlFromHash } from './contact-hash';
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

  const url = contactUrlFromHash(hash);
  if (url) {
    return (
      <ContactDetail
        key={url}
        url={url}
        onDeleted={(name) => {
          setNotice(`${name} was deleted.`);
          location.hash = CONTACTS_HASH;
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
