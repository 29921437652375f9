import { useEffect, useLayoutEffect, useMemo } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { findCommonGround } from '../../core/common-ground/common-ground';
import type { ContactPrep } from '../../shared/contact';
import type { ContactView } from '../../shared/protocol';
import type { Settings } from '../../shared/settings';
import { send } from '../../ui/messages';
import { CommonGroundSection } from '../../ui/prepare/CommonGroundSection';
import { DraftSection } from '../../ui/prepare/DraftSection';
import { QuestionsSection } from '../../ui/prepare/QuestionsSection';
import { createSaveQueue } from '../../ui/prepare/save-queue';
import './prepare.css';

interface Props {
  view: ContactView;
  settings: Settings;
  /** Opened from the context menu's "Draft outreach email": go straight to the draft. */
  focusDraft: boolean;
  /** Told after something that changes the person's stage (the outreach was sent). */
  onChanged: () => void;
}

/** Marked once the person's common ground is on screen: what the popup benchmark times. */
export const PREPARE_READY_MARK = 'rapport:prepare-ready';
const PREFETCH_AFTER_MS = 200;

/** Getting ready to talk to the person on the page: what you share, what to ask, and the email asking. */
export function PreparePanel({ view, settings, focusDraft, onChanged }: Props) {
  const { contact } = view;
  const { me } = settings;
  const commonGround = useMemo(
    () => findCommonGround(me, contact.profile, { referrer: contact.referredBy }),
    [me, contact.profile, contact.referredBy],
  );

  // Questions and the draft are saved as separate parts of `prep`, one save at a time and in order.
  const savePrep = useMemo(() => {
    const queue = createSaveQueue();
    return (prep: ContactPrep) =>
      queue(() => send('ui:updateContact', { url: contact.url, patch: { prep } })).then(() => undefined);
  }, [contact.url]);

  // Once the person is shown, the code behind the closed disclosures loads, so opening them is instant.
  useEffect(() => {
    const later = setTimeout(() => {
      void import('../../ui/prepare/QuestionList');
      void import('../../ui/prepare/DraftEditor');
    }, PREFETCH_AFTER_MS);
    return () => clearTimeout(later);
  }, []);

  // A layout effect runs once the panel is in the DOM, not a frame later as an effect would.
  useLayoutEffect(() => {
    performance.mark(PREPARE_READY_MARK);
  }, []);

  return (
    <section class="prepare" aria-label={`Prepare for ${contact.name}`}>
      <CommonGroundSection
        items={commonGround}
        me={me}
        theirName={contact.name}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />
      <QuestionsSection
        contact={contact}
        me={me}
        bank={settings.questionBank}
        commonGround={commonGround}
        savePrep={savePrep}
      />
      <DraftSection
        contact={contact}
        me={me}
        commonGround={commonGround}
        focus={focusDraft}
        savePrep={savePrep}
        onSent={onChanged}
      />
    </section>
  );
}
