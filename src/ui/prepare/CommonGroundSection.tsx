import { splitCommonGround } from '../../core/common-ground/common-ground';
import type { CommonGround } from '../../core/common-ground/types';
import './prepare.css';
import type { MyProfile } from '../../shared/settings';

interface Props {
  items: readonly CommonGround[];
  me: MyProfile;
  theirName: string;
  onOpenOptions: () => void;
}

/** Without any of these, there is nothing to compare with the person on the page. */
export function isMyProfileEmpty(me: MyProfile): boolean {
  return (
    me.experience.length === 0 &&
    me.education.length === 0 &&
    me.skills.length === 0 &&
    me.languages.length === 0 &&
    me.volunteering.length === 0 &&
    me.certifications.length === 0 &&
    !me.location?.trim() &&
    !me.targetField.trim() &&
    !me.targetRole.trim()
  );
}

function GroundList({ items, label }: { items: readonly CommonGround[]; label: string }) {
  return (
    <ul class="common-ground-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.label} class={`common-ground-${item.kind}`}>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** What the user shares with this person: the opening for rapport, strongest first. */
export function CommonGroundSection({ items, me, theirName, onOpenOptions }: Props) {
  const { shown, more } = splitCommonGround(items);
  return (
    <section
      class="prepare-block common-ground"
      aria-labelledby="common-ground-title"
      data-testid="common-ground"
    >
      <h3 id="common-ground-title" class="section-title">
        In common
      </h3>
      {isMyProfileEmpty(me) ? (
        <p class="small">
          Tell Rapport about yourself to see what you share with {theirName}.{' '}
          <button type="button" class="link" onClick={onOpenOptions}>
            Fill in My profile
          </button>
        </p>
      ) : shown.length === 0 ? (
        <p class="muted small">
          Nothing in common found with {theirName} yet.{' '}
          <button type="button" class="link" onClick={onOpenOptions}>
            Add more to My profile
          </button>
        </p>
      ) : (
        <>
          <GroundList items={shown} label={`What you share with ${theirName}`} />
          {more.length > 0 && (
            <details class="common-ground-more">
              <summary>More ({more.length})</summary>
              <GroundList items={more} label={`More you share with ${theirName}`} />
            </details>
          )}
        </>
      )}
    </section>
  );
}
