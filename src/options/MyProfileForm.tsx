import type { Certification, Education, Position, Volunteering } from '../shared/profile';
import {
  CALL_MINUTES,
  type CallMinutes,
  DEFAULT_CALL_MINUTES,
  type MyProfile,
  type Settings,
} from '../shared/settings';
import { useFormDraft } from '../ui/forms/use-form-draft';
import { send } from '../ui/messages';
import { SaveActions } from '../ui/SaveActions';
import { fromDraft, type MyProfileDraft, toDraft } from './my-profile-draft';
import { type Column, cellProblem, RowsEditor } from './RowsEditor';

const KEPT = 'my-profile';

const EMPLOYER_COLUMNS: Column<Position>[] = [
  { key: 'title', label: 'Title', placeholder: 'Teaching assistant' },
  { key: 'company', label: 'Organisation', placeholder: 'Northwind Health', required: true },
  { key: 'start', label: 'From', placeholder: '2019-09', date: {} },
  { key: 'end', label: 'To', placeholder: 'present', date: { allowPresent: true } },
];
const SCHOOL_COLUMNS: Column<Education>[] = [
  { key: 'school', label: 'School', placeholder: 'University of Leeds', required: true },
  { key: 'degree', label: 'Degree', placeholder: 'BSc' },
  { key: 'field', label: 'Field of study', placeholder: 'Psychology' },
  { key: 'start', label: 'From', placeholder: '2016', date: {} },
  { key: 'end', label: 'To', placeholder: '2019', date: { allowPresent: true } },
];
const VOLUNTEERING_COLUMNS: Column<Volunteering>[] = [
  { key: 'role', label: 'Role', placeholder: 'Mentor' },
  { key: 'organization', label: 'Organisation', placeholder: 'Code Club', required: true },
];
const CERTIFICATION_COLUMNS: Column<Certification>[] = [
  { key: 'name', label: 'Certification', placeholder: 'Google UX Design', required: true },
  { key: 'issuer', label: 'Issuer', placeholder: 'Coursera' },
];

function problems(me: MyProfile): string[] {
  const out: string[] = [];
  const check = <T,>(rows: T[], columns: Column<T>[]) => {
    for (const row of rows) {
      for (const column of columns) {
        const problem = cellProblem(column, String((row as Record<string, unknown>)[column.key] ?? ''));
        if (problem) out.push(problem);
      }
    }
  };
  check(me.experience, EMPLOYER_COLUMNS);
  check(me.education, SCHOOL_COLUMNS);
  check(me.volunteering, VOLUNTEERING_COLUMNS);
  check(me.certifications, CERTIFICATION_COLUMNS);
  return out;
}

interface Props {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

/** The user's own profile: what common ground, questions and emails are built from. */
export function MyProfileForm({ settings, onSaved }: Props) {
  // An unsaved edit is kept while the user visits another section, or if the page is closed anyway.
  const form = useFormDraft<MyProfileDraft>(KEPT, toDraft(settings.me));
  const { draft, dirty, busy, status } = form;

  const edit = (change: Partial<MyProfileDraft> | ((d: MyProfileDraft) => MyProfileDraft)) =>
    form.edit((d) => (typeof change === 'function' ? change(d) : { ...d, ...change }));
  const editMe = (change: Partial<MyProfile>) => edit((d) => ({ ...d, me: { ...d.me, ...change } }));
  const issues = problems(draft.me);

  const save = async (event: Event) => {
    event.preventDefault();
    if (issues.length) {
      form.reject(issues.join('; '));
      return;
    }
    await form.save(async () => {
      const saved = await send('ui:saveSettings', { settings: { ...settings, me: fromDraft(draft) } });
      onSaved(saved);
      return toDraft(saved.me);
    }, 'Saved.');
  };

  const text = (
    key: 'name' | 'email' | 'location' | 'headline' | 'targetField' | 'targetRole',
    label: string,
    hint?: string,
  ) => (
    <label class="field" for={`me-${key}`}>
      <span>{label}</span>
      <input
        id={`me-${key}`}
        value={draft.me[key] ?? ''}
        placeholder={hint}
        onInput={(e) => editMe({ [key]: e.currentTarget.value })}
      />
    </label>
  );
  const area = (key: 'skills' | 'languages' | 'obstacles', label: string, hint: string) => (
    <label class="field" for={`me-${key}`}>
      <span>{label}</span>
      <textarea
        id={`me-${key}`}
        rows={3}
        value={draft[key]}
        placeholder={hint}
        onInput={(e) => edit({ [key]: e.currentTarget.value })}
      />
    </label>
  );

  return (
    <form class="my-profile" onSubmit={(e) => void save(e)} aria-labelledby="me-title">
      <h2 id="me-title">My profile</h2>
      <p class="muted">
        Rapport compares this with each person you look up, to find what you share. It never leaves this
        computer.
      </p>
      <div class="grid">
        {text('name', 'Your name', 'Sam Rivera')}
        {text('email', 'Your email (optional)')}
        {text('location', 'Where you live', 'Leeds, UK')}
        {text('headline', 'How you describe yourself', 'Psychology graduate exploring UX research')}
        {text('targetField', 'Field you want to move into', 'UX research')}
        {text('targetRole', 'Role you are aiming for', 'Junior UX researcher')}
        <label class="field" for="me-callMinutes">
          <span>How long a call you ask for</span>
          <select
            id="me-callMinutes"
            value={String(draft.me.callMinutes ?? DEFAULT_CALL_MINUTES)}
            onChange={(e) => editMe({ callMinutes: Number(e.currentTarget.value) as CallMinutes })}
          >
            {CALL_MINUTES.map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {minutes} minutes
              </option>
            ))}
          </select>
        </label>
      </div>
      <label class="field" for="me-situation">
        <span>Where you stand now</span>
        <textarea
          id="me-situation"
          rows={2}
          value={draft.me.situation}
          placeholder="Final-year psychology student looking for my first role in UX research"
          onInput={(e) => editMe({ situation: e.currentTarget.value })}
        />
      </label>
      <RowsEditor
        legend="Schools"
        rows={draft.me.education}
        columns={SCHOOL_COLUMNS}
        empty={() => ({ school: '' })}
        onChange={(education) => editMe({ education })}
        addLabel="Add a school"
      />
      <RowsEditor
        legend="Employers"
        rows={draft.me.experience}
        columns={EMPLOYER_COLUMNS}
        empty={() => ({ title: '', company: '' })}
        onChange={(experience) => editMe({ experience })}
        addLabel="Add an employer"
      />
      <RowsEditor
        legend="Volunteering"
        rows={draft.me.volunteering}
        columns={VOLUNTEERING_COLUMNS}
        empty={() => ({ organization: '' })}
        onChange={(volunteering) => editMe({ volunteering })}
        addLabel="Add volunteering"
      />
      <RowsEditor
        legend="Certifications"
        rows={draft.me.certifications}
        columns={CERTIFICATION_COLUMNS}
        empty={() => ({ name: '' })}
        onChange={(certifications) => editMe({ certifications })}
        addLabel="Add a certification"
      />
      <div class="grid">
        {area('skills', 'Skills (one per line or comma-separated)', 'Interviewing\nSurvey design')}
        {area('languages', 'Languages', 'English\nPortuguese')}
      </div>
      {area(
        'obstacles',
        'What stands between you and this field (one per line)',
        'No portfolio yet\nNot sure which industries hire juniors',
      )}
      <label class="field" for="me-signature">
        <span>Email signature</span>
        <textarea
          id="me-signature"
          rows={3}
          value={draft.me.signature}
          placeholder={'Sam Rivera\nsam@example.com'}
          onInput={(e) => editMe({ signature: e.currentTarget.value })}
        />
      </label>
      <SaveActions label="Save my profile" dirty={dirty} busy={busy} status={status} />
    </form>
  );
}
