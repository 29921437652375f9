// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { button, click, field, mount, settle, text, type, unmountAll } from '../../../tests/support/test-dom';
import { keptDraft } from '../kept-drafts';
import { type FormDraft, useFormDraft } from './use-form-draft';

interface Note {
  title: string;
}

let form: FormDraft<Note, 'title'> | undefined;

/** A form over one saved note; `write` stands for the background saving it. */
function NoteForm(props: { id?: string; saved: Note; write?: (note: Note) => Promise<Note> }) {
  const f = useFormDraft<Note, 'title'>(props.id ?? 'note', props.saved);
  form = f;
  const write = props.write ?? (async (note: Note) => note);
  return (
    <form>
      <label for="title">Title</label>
      <input
        id="title"
        value={f.draft.title}
        onInput={(e) => {
          const title = e.currentTarget.value;
          f.edit((d) => ({ ...d, title }), 'title');
        }}
      />
      <button type="button" onClick={() => void f.save(() => write(f.draft), 'Saved.')}>
        Save
      </button>
      <button type="button" onClick={f.discard}>
        Discard
      </button>
      <span>{f.dirty ? 'dirty' : 'clean'}</span>
      <span>{f.busy ? 'busy' : 'idle'}</span>
      <span>{f.status?.text}</span>
      <span>{f.problems.title}</span>
    </form>
  );
}

const current = () => form as FormDraft<Note, 'title'>;

afterEach(() => unmountAll());

describe('useFormDraft', () => {
  it('shows the saved value, unchanged', async () => {
    const root = await mount(<NoteForm saved={{ title: 'Ask about Lisbon' }} />);
    expect(field(root, 'Title').value).toBe('Ask about Lisbon');
    expect(text(root)).toContain('clean');
  });

  it('is dirty only while the draft differs from the saved value', async () => {
    const root = await mount(<NoteForm saved={{ title: 'Ask about Lisbon' }} />);
    await type(field(root, 'Title'), 'Ask about Porto');
    expect(text(root)).toContain('dirty');
    expect(keptDraft('note')).toEqual({ title: 'Ask about Porto' });
    await type(field(root, 'Title'), 'Ask about Lisbon');
    expect(text(root)).toContain('clean');
    expect(keptDraft('note')).toBeUndefined();
  });

  it('brings an unsaved edit back when the form is opened again, as after a reload', async () => {
    const first = await mount(<NoteForm saved={{ title: 'Ask about Lisbon' }} />);
    await type(field(first, 'Title'), 'Ask about Porto');
    first.remove();
    const again = await mount(<NoteForm saved={{ title: 'Ask about Lisbon' }} />);
    expect(field(again, 'Title').value).toBe('Ask about Porto');
    expect(text(again)).toContain('dirty');
  });

  it('keeps each form’s edit under its own key', async () => {
    const root = await mount(<NoteForm id="note-a" saved={{ title: 'A' }} />);
    await type(field(root, 'Title'), 'A, edited');
    root.remove();
    const other = await mount(<NoteForm id="note-b" saved={{ title: 'B' }} />);
    expect(field(other, 'Title').value).toBe('B');
  });

  it('forgets the kept edit on save and is clean even before the saved value comes back', async () => {
    const root = await mount(<NoteForm saved={{ title: 'Ask about Lisbon' }} />);
    await type(field(root, 'Title'), 'Ask about Porto');
    await click(button(root, 'Save'));
    expect(text(root)).toContain('clean');
    expect(text(root)).toContain('Saved.');
    expect(field(root, 'Title').value).toBe('Ask about Porto');
    expect(keptDraft('note')).toBeUndefined();
  });

  it('is busy while saving, and keeps the edit when the save fails', async () => {
    let fail: (e: Error) => void = () => {};
    const write = () => new Promise<Note>((_, reject) => (fail = reject));
    const root = await mount(<NoteForm saved={{ title: 'Ask about Lisbon' }} write={write} />);
    await type(field(root, 'Title'), 'Ask about Porto');
    await click(button(root, 'Save'));
    expect(text(root)).toContain('busy');
    fail(new Error('Disk full'));
    await settle();
    expect(text(root)).toContain('idle');
    expect(text(root)).toContain('Disk full');
    expect(text(root)).toContain('dirty');
    expect(keptDraft('note')).toEqual({ title: 'Ask about Porto' });
  });

  it('follows a value saved elsewhere unless an edit is in progress', async () => {
    const root = await mount(<NoteForm saved={{ title: 'One' }} />);
    const rerender = async (title: string) => {
      await act(() => render(<NoteForm saved={{ title }} />, root));
      await settle();
    };
    await rerender('Two');
    expect(field(root, 'Title').value).toBe('Two');
    await type(field(root, 'Title'), 'Mine');
    await rerender('Three');
    expect(field(root, 'Title').value).toBe('Mine');
    expect(text(root)).toContain('dirty');
  });

  it('shows problems beside their field until that field is edited', async () => {
    const root = await mount(<NoteForm saved={{ title: '' }} />);
    await act(() => current().reject('Check the title.', { title: 'Give it a title.' }));
    await settle();
    expect(text(root)).toContain('Check the title.');
    expect(text(root)).toContain('Give it a title.');
    await type(field(root, 'Title'), 'Ask about Porto');
    expect(text(root)).not.toContain('Give it a title.');
    expect(text(root)).not.toContain('Check the title.');
  });

  it('discards back to the saved value and forgets the kept edit', async () => {
    const root = await mount(<NoteForm saved={{ title: 'Ask about Lisbon' }} />);
    await type(field(root, 'Title'), 'Ask about Porto');
    await click(button(root, 'Discard'));
    expect(field(root, 'Title').value).toBe('Ask about Lisbon');
    expect(text(root)).toContain('clean');
    expect(keptDraft('note')).toBeUndefined();
  });
});
