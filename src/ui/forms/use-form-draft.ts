import { useEffect, useRef, useState } from 'preact/hooks';
import { sameData } from '../../shared/same-data';
import { errorText } from '../errors';
import { forgetDraft, keepDraft, keptDraft } from '../kept-drafts';
import type { SaveStatus } from '../SaveActions';
import { useLeaveGuard } from '../use-leave-guard';

/** Problems by field, shown beside the field they are about. */
export type FieldProblems<K extends string = string> = Partial<Record<K, string>>;

export interface FormDraft<D, K extends string> {
  /** What the form shows: the unsaved edit, or the saved value when there is none. */
  draft: D;
  /** True exactly when the draft differs from the saved value: editing back to it is not a change. */
  dirty: boolean;
  busy: boolean;
  status: SaveStatus | undefined;
  problems: FieldProblems<K>;
  /** Applies an edit (kept at once, so a reload or a closed page loses nothing) and clears `field`'s problem. */
  edit: (change: (draft: D) => D, field?: K) => void;
  /** Refuses to save: shows `text`, and `problems` beside their fields. */
  reject: (text: string, problems?: FieldProblems<K>) => void;
  /** Goes back to the saved value and forgets the kept edit. */
  discard: () => void;
  /** Runs `write`, which returns the value now saved; on success the kept edit is forgotten. */
  save: (write: () => Promise<D>, done: string) => Promise<void>;
}

/**
 * Draft, dirty, problems, busy and status of a form that edits one saved value, the same for every form.
 * The unsaved edit is kept under `key` (see kept-drafts) and comes back when the form is opened again,
 * after visiting another section, reloading or closing the page; saving or discarding forgets it.
 * `same` says when a draft holds what is saved (by default: the same data, whatever the order of keys);
 * pass `saved` memoised when building it makes new ids each time.
 */
export function useFormDraft<D, K extends string = string>(
  key: string,
  saved: D,
  same: (draft: D, saved: D) => boolean = sameData,
): FormDraft<D, K> {
  const [edited, setEdited] = useState<D | undefined>(() => keptDraft<D>(key));
  // The value last known to be saved: the prop, or what a save just returned before the prop catches up.
  const [base, setBase] = useState(saved);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<SaveStatus | undefined>();
  const [problems, setProblems] = useState<FieldProblems<K>>({});

  // A saved value holding new data becomes the base; a new object holding the same data does not.
  const lastSaved = useRef(saved);
  useEffect(() => {
    if (sameData(lastSaved.current, saved)) return;
    lastSaved.current = saved;
    setBase(saved);
  });
  // Another form's key (a different person): take up what is kept for it.
  useEffect(() => setEdited(keptDraft<D>(key)), [key]);

  const dirty = edited !== undefined && !same(edited, base);
  useLeaveGuard(dirty);

  const edit = (change: (draft: D) => D, field?: K) => {
    setEdited((current) => {
      const next = change(current ?? base);
      if (same(next, base)) forgetDraft(key);
      else keepDraft(key, next);
      return next;
    });
    setStatus(undefined);
    if (field) setProblems((p) => ({ ...p, [field]: undefined }));
  };

  const discard = () => {
    forgetDraft(key);
    setEdited(undefined);
    setProblems({});
    setStatus(undefined);
  };

  const reject = (text: string, next: FieldProblems<K> = {}) => {
    setProblems(next);
    setStatus({ kind: 'error', text });
  };

  const save = async (write: () => Promise<D>, done: string) => {
    setBusy(true);
    try {
      const now = await write();
      forgetDraft(key);
      setBase(now);
      setEdited(undefined);
      setProblems({});
      setStatus({ kind: 'saved', text: done });
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return { draft: edited ?? base, dirty, busy, status, problems, edit, reject, discard, save };
}
