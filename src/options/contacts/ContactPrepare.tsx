import { useMemo } from 'preact/hooks';
import { findCommonGround } from '../../core/common-ground/common-ground';
import type { Contact, ContactPrep } from '../../shared/contact';
import { LoadFailed } from '../../ui/LoadFailed';
import { send } from '../../ui/messages';
import { CommonGroundSection } from '../../ui/prepare/CommonGroundSection';
import { DraftEditor } from '../../ui/prepare/DraftEditor';
import { QuestionList } from '../../ui/prepare/QuestionList';
import { createSaveQueue } from '../../ui/prepare/save-queue';
import { useLoad } from '../../ui/use-load';

interface Props {
  contact: Contact;
  /** Told after "Mark as sent" is logged, so the stage and follow-ups on the page update. */
  onChanged: () => void;
}

/**
 * Getting ready for a call from the contact's page: the same common ground, questions and draft as the
 * popup, saved to the same place, so what the user arranges in one shows in the other.
 */
export function ContactPrepare({ contact, onChanged }: Props) {
  const settings = useLoad(() => send('ui:getSettings', {}), []);
  const me = settings.data?.me;
  const commonGround = useMemo(
    () => (me ? findCommonGround(me, contact.profile, { referrer: contact.referredBy }) : []),
    [me, contact.profile, contact.referredBy],
  );
  const savePrep = useMemo(() => {
    const queue = createSaveQueue();
    return (prep: ContactPrep) =>
      queue(() => send('ui:updateContact', { url: contact.url, patch: { prep } })).then(() => undefined);
  }, [contact.url]);

  if (settings.error) {
    return (
      <LoadFailed
        message={`Could not load your profile to compare: ${settings.error}`}
        onRetry={() => void settings.reload()}
      />
    );
  }
  if (!settings.data || !me) return <p class="muted">Loading…</p>;
  return (
    <div class="prepare contact-prepare">
      <CommonGroundSection
        items={commonGround}
        me={me}
        theirName={contact.name}
        onOpenOptions={() => {
          location.hash = '#me';
        }}
      />
      <section
        class="prepare-block questions"
        aria-labelledby="contact-questions-title"
        data-testid="questions"
      >
        <h3 id="contact-questions-title" class="section-title">
          Questions to ask
        </h3>
        <QuestionList
          contact={contact}
          me={me}
          bank={settings.data.questionBank}
          commonGround={commonGround}
          savePrep={savePrep}
        />
      </section>
      <section class="prepare-block draft" aria-labelledby="contact-draft-title" data-testid="draft">
        <h3 id="contact-draft-title" class="section-title">
          Draft email
        </h3>
        <DraftEditor
          contact={contact}
          me={me}
          commonGround={commonGround}
          focus={false}
          savePrep={savePrep}
          onSent={onChanged}
        />
      </section>
    </div>
  );
}
