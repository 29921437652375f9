import type { Contact } from '../../shared/contact';
import { contactPageHash } from '../../shared/routes';
import { announceFollowUpsChanged } from '../../ui/follow-through-events';
import { useFormDraft } from '../../ui/forms/use-form-draft';
import { send } from '../../ui/messages';
import { SaveActions } from '../../ui/SaveActions';
import {
  type ContactFieldsDraft,
  type FieldName,
  readFieldsDraft,
  toFieldsDraft,
} from './contact-fields-draft';

interface Props {
  contact: Contact;
  onSaved: (contact: Contact) => void;
}

const FIELDS: {
  key: FieldName;
  label: string;
  inputMode: 'email' | 'text' | 'numeric' | 'url';
  hint?: string;
  placeholder?: string;
}[] = [
  { key: 'email', label: 'Email', inputMode: 'email', placeholder: 'maya@example.org' },
  {
    key: 'tags',
    label: 'Tags',
    inputMode: 'text',
    hint: 'Separated by commas.',
    placeholder: 'UX research, London',
  },
  {
    key: 'checkInDays',
    label: 'Check in every (days)',
    inputMode: 'numeric',
    hint: 'Leave empty to use your default from Reminders.',
  },
  { key: 'referredName', label: 'Referred by', inputMode: 'text', placeholder: 'Who introduced you' },
  {
    key: 'referredUrl',
    label: "Referrer's LinkedIn address (optional)",
    inputMode: 'url',
    placeholder: 'https://www.linkedin.com/in/…',
  },
];

/** What the user keeps about a person beyond their profile: email, tags, cadence, who introduced them. */
export function ContactFieldsForm({ contact, onSaved }: Props) {
  // A reload after logging something brings a new contact object; an edit in progress is kept, per person.
  const form = useFormDraft<ContactFieldsDraft, FieldName>(
    `contact-fields|${contact.url}`,
    toFieldsDraft(contact),
  );
  const { draft, dirty, busy, status, problems } = form;

  const save = async (event: Event) => {
    event.preventDefault();
    const result = readFieldsDraft(draft);
    if (!result.ok) {
      form.reject('Check the highlighted fields.', result.problems);
      return;
    }
    await form.save(async () => {
      const saved = await send('ui:updateContact', { url: contact.url, patch: result.patch });
      onSaved(saved);
      announceFollowUpsChanged();
      return toFieldsDraft(saved);
    }, 'Saved.');
  };

  const referrer = contact.referredBy;
  return (
    <form
      class="contact-fields"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-labelledby="contact-fields-title"
    >
      <h3 id="contact-fields-title">Your details about {contact.name}</h3>
      <div class="grid">
        {FIELDS.map(({ key, label, inputMode, hint, placeholder }) => {
          const id = `contact-${key}`;
          const describedBy = [hint ? `${id}-hint` : '', problems[key] ? `${id}-problem` : '']
            .filter(Boolean)
            .join(' ');
          return (
            <div class="field" key={key}>
              <label for={id}>
                <span>{label}</span>
              </label>
              <input
                id={id}
                type="text"
                inputMode={inputMode}
                value={draft[key]}
                placeholder={placeholder}
                aria-invalid={problems[key] ? true : undefined}
                aria-describedby={describedBy || undefined}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  form.edit((d) => ({ ...d, [key]: value }), key);
                }}
              />
              {hint && (
                <p id={`${id}-hint`} class="field-note muted small">
                  {hint}
                </p>
              )}
              {problems[key] && (
                <p id={`${id}-problem`} class="field-note error small">
                  {problems[key]}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {referrer?.url && (
        <p class="small">
          <a href={contactPageHash(referrer.url)}>{referrer.name}'s page in Rapport</a>
        </p>
      )}
      <SaveActions label="Save details" dirty={dirty} busy={busy} status={status} />
    </form>
  );
}
