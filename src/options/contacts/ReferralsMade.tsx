import type { Interaction } from '../../shared/interaction';
import { contactPageHash } from '../../shared/routes';
import { When } from '../../ui/When';

/** People this contact suggested the user talk to, each linked to their own page when Rapport has one. */
export function ReferralsMade({ interactions, now }: { interactions: Interaction[]; now: number }) {
  const referrals = interactions.filter((i) => i.kind === 'referral-made' && i.referral);
  if (referrals.length === 0) return <p class="muted">No introductions logged yet.</p>;
  return (
    <ul class="referrals">
      {referrals.map((i) => {
        const person = i.referral as NonNullable<Interaction['referral']>;
        return (
          <li key={i.id}>
            {person.url ? (
              <a href={contactPageHash(person.url)}>{person.name}</a>
            ) : (
              <span>{person.name}</span>
            )}
            <span class="muted small">
              {' '}
              · suggested <When at={i.at} now={now} />
              {!person.url && ' · no LinkedIn address yet'}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
