import type { Contact } from '../../shared/contact';
import { contactPageHash } from '../../shared/routes';
import { stageLabel } from '../../ui/format';
import { send } from '../../ui/messages';
import { useLoad } from '../../ui/use-load';

/** Who introduced the user to this person, and whom this person introduced them to: the chain both ways. */
export function ReferralChain({ contact }: { contact: Contact }) {
  const referred = useLoad(
    () => send('ui:listReferredBy', { url: contact.url }),
    [contact.url, contact.updatedAt],
  );
  const by = contact.referredBy;
  if (!by && !referred.data?.length) return null;
  return (
    <div class="referral-chain" data-testid="referral-chain">
      {by && (
        <p>
          Referred by {by.url ? <a href={contactPageHash(by.url)}>{by.name}</a> : <span>{by.name}</span>}
          {' → '}
          <strong>{contact.name}</strong>
        </p>
      )}
      {referred.data && referred.data.length > 0 && (
        <p>
          <strong>{contact.name}</strong> referred you to{' '}
          {referred.data.map((person, i) => (
            <span key={person.url}>
              {i > 0 && ', '}
              <a href={contactPageHash(person.url)}>{person.name}</a>
              <span class="muted small"> ({stageLabel(person.stage)})</span>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
