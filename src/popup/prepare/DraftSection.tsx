import { useState } from 'preact/hooks';
import { DraftEditor, type DraftProps } from './DraftEditor';

/**
 * The draft email, behind a disclosure. The editor (and its templates) is only set up once the user opens
 * it, or when the popup was opened to write it, so the person shows first.
 */
export function DraftSection(props: DraftProps) {
  const [opened, setOpened] = useState(props.focus);
  return (
    <details
      class="prepare-block draft"
      data-testid="draft"
      open={props.focus}
      onToggle={(e) => e.currentTarget.open && setOpened(true)}
    >
      <summary class="section-title">Draft email</summary>
      {opened && <DraftEditor {...props} />}
    </details>
  );
}
