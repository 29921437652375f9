import { useId, useState } from 'preact/hooks';
import { findCommonGround } from '../../core/common-ground/common-ground';
import { fitConnectionNote, isLinkedInKind, noteCount } from '../../core/templates/linkedin-templates';
import { buildTemplateValues } from '../../core/templates/template-values';
import { renderTemplate } from '../../core/templates/templates';
import type { Settings } from '../../shared/settings';
import type { TemplateKind } from '../../shared/template';
import { send } from '../../ui/messages';
import { useLoad } from '../../ui/use-load';

interface Props {
  kind: TemplateKind;
  subject: string;
  body: string;
  settings: Settings;
}

const CONTACTS_OFFERED = 50;

/** The template as it would read to one saved person, updated as the user types. */
export function TemplatePreview({ kind, subject, body, settings }: Props) {
  const contacts = useLoad(() => send('ui:listContacts', { limit: CONTACTS_OFFERED }), []);
  const [chosen, setChosen] = useState<string | undefined>();
  const url = chosen ?? contacts.data?.[0]?.url;
  const view = useLoad(() => (url ? send('ui:getContact', { url }) : Promise.resolve(null)), [url]);
  const id = useId();

  const error = contacts.error ?? view.error;
  if (error) {
    return (
      <section class="template-preview" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>Preview</h3>
        <p role="alert" class="error">
          Could not load the preview: {error}
        </p>
      </section>
    );
  }
  if (contacts.data?.length === 0) {
    return (
      <section class="template-preview" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>Preview</h3>
        <p class="muted">Save someone from LinkedIn to see this template filled in with their details.</p>
      </section>
    );
  }

  const contact = view.data?.contact;
  const { me } = settings;
  const values =
    contact &&
    buildTemplateValues({
      me,
      them: contact,
      commonGround: findCommonGround(me, contact.profile, { referrer: contact.referredBy }),
    });
  const rendered = values && renderTemplate({ subject, body }, values);
  // A connection note is sent as LinkedIn will take it: shortened to fit, and counted.
  const note =
    values && kind === 'connection-note' ? fitConnectionNote({ subject, body }, values).body : undefined;

  return (
    <section class="template-preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Preview</h3>
      <label class="field" for={`${id}-person`}>
        <span>Preview with</span>
        <select id={`${id}-person`} value={url} onChange={(e) => setChosen(e.currentTarget.value)}>
          {contacts.data?.map((c) => (
            <option key={c.url} value={c.url}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {!rendered && <p class="muted">Loading…</p>}
      {rendered && contact && (
        <div class="template-preview-mail" data-testid="template-preview">
          {!isLinkedInKind(kind) && (
            <p class="template-preview-subject">
              <span class="muted">Subject:</span> {rendered.subject}
            </p>
          )}
          <div class="template-preview-body">{note ?? rendered.body}</div>
          {note !== undefined && (
            <p class={noteCount(note).over > 0 ? 'error small' : 'muted small'}>
              {noteCount(note).label} characters, as LinkedIn counts them
            </p>
          )}
          {rendered.missing.length > 0 && (
            <p class="muted small">
              Empty for {contact.name}: {rendered.missing.map((name) => `{{${name}}}`).join(', ')}. A sentence
              using one is left out, unless the placeholder gives words to use instead, like{' '}
              {'{{them.firstName|there}}'}.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
