import { useState } from 'preact/hooks';
import './prepare.css';
import { useLazy } from '../use-lazy';
import type { DraftProps } from './DraftEditor';

/**
 * The draft email, behind a disclosure. The editor (and its templates) is only set up once the user opens
 * it, or when the popup was opened to write it, so the person shows first. The LinkedIn note and message
 * follow, behind their own disclosure, for people reached where they are.
 */
export function DraftSection(props: DraftProps) {
  const [opened, setOpened] = useState(props.focus);
  const Editor = useLazy(opened, () => import('./DraftEditor').then((m) => m.DraftEditor));
  return (
    <>
      <details
        class="prepare-block draft"
        data-testid="draft"
        open={props.focus}
        onToggle={(e) => e.currentTarget.open && setOpened(true)}
      >
        <summary class="section-title">Draft email</summary>
        {opened && (Editor ? <Editor {...props} /> : <p class="muted small">Loading…</p>)}
      </details>
      <LinkedInSection {...props} />
    </>
  );
}

function LinkedInSection(props: DraftProps) {
  const [opened, setOpened] = useState(false);
  const Drafts = useLazy(opened, () => import('./LinkedInDrafts').then((m) => m.LinkedInDrafts));
  return (
    <details
      class="prepare-block draft"
      data-testid="linkedin-drafts"
      onToggle={(e) => e.currentTarget.open && setOpened(true)}
    >
      <summary class="section-title">LinkedIn note and message</summary>
      {opened && (Drafts ? <Drafts {...props} /> : <p class="muted small">Loading…</p>)}
    </details>
  );
}
