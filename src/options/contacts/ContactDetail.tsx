import { useEffect, useRef, useState } from 'preact/hooks';
import { isOverdue } from '../../core/follow-ups/follow-ups';
import type { FollowUp } from '../../shared/interaction';
import { optionsHash } from '../../shared/routes';
import { ActionItemForm } from '../../ui/ActionItemForm';
import { type FollowUpEntry, FollowUpList } from '../../ui/FollowUpList';
import { InteractionLogger } from '../../ui/InteractionLogger';
import { LoadFailed } from '../../ui/LoadFailed';
import { send } from '../../ui/messages';
import { RecordBoundary } from '../../ui/RecordBoundary';
import { useLoad } from '../../ui/use-load';
import { useNow } from '../../ui/use-now';
import { ContactMeeting } from '../meeting/ContactMeeting';
import { ContactFieldsForm } from './ContactFieldsForm';
import { ContactFullProfile } from './ContactFullProfile';
import { ContactPrepare } from './ContactPrepare';
import { ContactProfile } from './ContactProfile';
import { DeleteContact } from './DeleteContact';
import { InteractionTimeline } from './InteractionTimeline';
import { OtherSourcesPanel } from './OtherSourcesPanel';
import { ReferralChain } from './ReferralChain';
import { ReferralsMade } from './ReferralsMade';
import { SameAsPanel } from './SameAsPanel';

interface Props {
  url: string;
  onDeleted: (name: string) => void;
}

async function loadDetail(url: string) {
  const [view, interactions] = await Promise.all([
    send('ui:getContact', { url }),
    send('ui:listInteractions', { contactUrl: url }),
  ]);
  return { contact: view?.contact, interactions };
}

const back = (
  <p class="back">
    <a href={optionsHash({ section: 'contacts' })}>← All contacts</a>
  </p>
);

/** One person: who they are, what is owed them, everything that happened, and what the user keeps. */
export function ContactDetail({ url, onDeleted }: Props) {
  const { data, error, reload } = useLoad(() => loadDetail(url), [url]);
  const [editingItem, setEditingItem] = useState<FollowUp | undefined>();
  const now = useNow();
  const top = useRef<HTMLElement>(null);
  const changed = () => void reload();

  // Arriving from a link or a notification: start at the top, with focus on the person.
  const loaded = data !== undefined;
  useEffect(() => {
    if (!loaded) return;
    scrollTo?.(0, 0);
    top.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [loaded]);

  if (error) {
    return (
      <section>
        {back}
        <LoadFailed message={`Could not load this person: ${error}`} onRetry={changed} />
      </section>
    );
  }
  if (!data) return <p class="muted">Loading…</p>;
  const { contact, interactions } = data;
  if (!contact) {
    return (
      <section>
        {back}
        <p role="alert">This person is not in Rapport. They may have been deleted.</p>
      </section>
    );
  }

  const entries = (kind: 'owed' | 'items'): FollowUpEntry[] =>
    contact.followUps
      .filter((f) => (f.kind === 'action-item') === (kind === 'items'))
      .map((followUp) => ({ followUp, contactName: contact.name, overdue: isOverdue(followUp, now) }));
  const owed = entries('owed');
  const items = entries('items');

  return (
    <article class="contact-detail" ref={top} aria-labelledby="contact-detail-title">
      {back}
      <RecordBoundary name={`the saved profile of ${contact.name}`}>
        <ContactProfile contact={contact} now={now} />
      </RecordBoundary>
      {contact.sameAs ? (
        <SameAsPanel contact={{ ...contact, sameAs: contact.sameAs }} onChanged={changed} />
      ) : (
        <OtherSourcesPanel contact={contact} onChanged={changed} />
      )}
      <div class="contact-columns">
        <div class="contact-follow-through">
          <section aria-labelledby="meeting-mode-title">
            <h3 id="meeting-mode-title">Meeting mode</h3>
            <ContactMeeting contact={contact} />
          </section>
          <section aria-labelledby="owed-title">
            <h3 id="owed-title">Owed to {contact.name}</h3>
            {owed.length === 0 && <p class="muted">Nothing right now.</p>}
            <FollowUpList
              entries={owed}
              now={now}
              label={`Follow-ups for ${contact.name}`}
              onChanged={changed}
            />
          </section>
          <section aria-labelledby="items-title">
            <h3 id="items-title">Action items</h3>
            {items.length === 0 && <p class="muted">None. Add one below when you promise something.</p>}
            <FollowUpList
              entries={items}
              now={now}
              label={`Action items for ${contact.name}`}
              onEdit={setEditingItem}
              onChanged={changed}
            />
            {editingItem && (
              <ActionItemForm
                key={editingItem.id}
                contactUrl={contact.url}
                editing={editingItem}
                onSaved={() => {
                  setEditingItem(undefined);
                  changed();
                }}
                onCancel={() => setEditingItem(undefined)}
              />
            )}
          </section>
          <section aria-label={`Log what happened with ${contact.name}`} class="contact-log">
            <InteractionLogger
              key={contact.url}
              contactUrl={contact.url}
              interactions={interactions}
              onChanged={changed}
            />
          </section>
          <section aria-labelledby="history-title">
            <h3 id="history-title">History</h3>
            <InteractionTimeline
              contactUrl={contact.url}
              contactName={contact.name}
              interactions={interactions}
              now={now}
              onChanged={changed}
            />
          </section>
          <section aria-labelledby="referrals-title">
            <h3 id="referrals-title">People {contact.name} suggested</h3>
            <ReferralChain contact={contact} />
            <RecordBoundary name={`the people ${contact.name} suggested`}>
              <ReferralsMade interactions={interactions} now={now} />
            </RecordBoundary>
          </section>
        </div>
        <div class="contact-person">
          <ContactPrepare contact={contact} onChanged={changed} />
          <ContactFullProfile profile={contact.profile} />
        </div>
      </div>
      <ContactFieldsForm contact={contact} onSaved={changed} />
      <DeleteContact url={contact.url} name={contact.name} onDeleted={() => onDeleted(contact.name)} />
    </article>
  );
}
