import { useId, useRef } from 'preact/hooks';
import { isLinkedInKind } from '../../core/templates/linkedin-templates';
import { PLACEHOLDERS, type TemplateError } from '../../core/templates/template-syntax';
import { TEMPLATE_KINDS, type Template } from '../../shared/template';
import { insertPlaceholder, KIND_LABELS, type TemplateProblems } from './template-draft';

interface Props {
  draft: Template;
  problems: TemplateProblems;
  onChange: (draft: Template) => void;
}

type TextField = 'subject' | 'body';

function ErrorList({ id, label, errors }: { id: string; label: string; errors: TemplateError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul id={id} class="template-errors error small" role="alert" aria-label={`Problems in the ${label}`}>
      {errors.map((error) => (
        <li key={`${error.index}-${error.message}`}>{error.message}</li>
      ))}
    </ul>
  );
}

/** Name, subject and message of one template, with the placeholders it may use one click away. */
export function TemplateEditor({ draft, problems, onChange }: Props) {
  const id = useId();
  const subjectField = useRef<HTMLInputElement>(null);
  const bodyField = useRef<HTMLTextAreaElement>(null);
  // Placeholders go where the user was last typing; the message until they have typed anywhere.
  const target = useRef<TextField>('body');

  const insert = (name: string) => {
    if (isLinkedInKind(draft.kind)) target.current = 'body';
    const field = target.current === 'subject' ? subjectField.current : bodyField.current;
    const text = draft[target.current];
    const { text: next, caret } = insertPlaceholder(
      text,
      field?.selectionStart ?? text.length,
      field?.selectionEnd ?? text.length,
      name,
    );
    onChange({ ...draft, [target.current]: next });
    // After Preact has put the new text in, put the cursor after the placeholder.
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(caret, caret);
    });
  };

  const described = (field: TextField) => (problems[field].length ? `${id}-${field}-errors` : undefined);

  return (
    <div class="template-editor">
      <div class="grid">
        <label class="field" for={`${id}-name`}>
          <span>Name</span>
          <input
            id={`${id}-name`}
            value={draft.name}
            maxLength={200}
            aria-invalid={problems.name ? true : undefined}
            aria-describedby={problems.name ? `${id}-name-error` : undefined}
            onInput={(e) => onChange({ ...draft, name: e.currentTarget.value })}
          />
          {problems.name && (
            <span id={`${id}-name-error`} class="error small" role="alert">
              {problems.name}
            </span>
          )}
        </label>
        {!draft.builtIn && (
          <label class="field" for={`${id}-kind`}>
            <span>Used for</span>
            <select
              id={`${id}-kind`}
              value={draft.kind}
              onChange={(e) => onChange({ ...draft, kind: e.currentTarget.value as Template['kind'] })}
            >
              {TEMPLATE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {!isLinkedInKind(draft.kind) && (
        <>
          <label class="field" for={`${id}-subject`}>
            <span>Subject</span>
            <input
              id={`${id}-subject`}
              ref={subjectField}
              value={draft.subject}
              maxLength={1000}
              aria-invalid={problems.subject.length ? true : undefined}
              aria-describedby={described('subject')}
              onFocus={() => {
                target.current = 'subject';
              }}
              onInput={(e) => onChange({ ...draft, subject: e.currentTarget.value })}
            />
          </label>
          <ErrorList id={`${id}-subject-errors`} label="subject" errors={problems.subject} />
        </>
      )}
      <label class="field" for={`${id}-body`}>
        <span>Message</span>
        <textarea
          id={`${id}-body`}
          ref={bodyField}
          rows={14}
          value={draft.body}
          maxLength={20_000}
          aria-invalid={problems.body.length ? true : undefined}
          aria-describedby={described('body')}
          onFocus={() => {
            target.current = 'body';
          }}
          onInput={(e) => onChange({ ...draft, body: e.currentTarget.value })}
        />
      </label>
      <ErrorList id={`${id}-body-errors`} label="message" errors={problems.body} />
      <fieldset class="placeholders">
        <legend>Insert a placeholder</legend>
        <p class="muted small">
          Goes where you were typing. A sentence whose placeholder is empty for someone is left out; write{' '}
          <code>{'{{them.firstName|there}}'}</code> to use other words instead.
        </p>
        <ul>
          {PLACEHOLDERS.map((placeholder) => (
            <li key={placeholder.name}>
              <button
                type="button"
                aria-label={`Insert {{${placeholder.name}}}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => insert(placeholder.name)}
              >
                <code>{`{{${placeholder.name}}}`}</code>
              </button>
              <span class="muted small">{placeholder.description}</span>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
