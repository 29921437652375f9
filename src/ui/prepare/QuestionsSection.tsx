import { useState } from 'preact/hooks';
import './prepare.css';
import { useLazy } from '../use-lazy';
import type { QuestionListProps } from './QuestionList';

/**
 * Questions only this person can answer, arranged by the user and kept with the contact. They are worked
 * out when the user first opens the list, so the popup shows the person without waiting for them.
 */
export function QuestionsSection(props: QuestionListProps) {
  const [opened, setOpened] = useState(false);
  const List = useLazy(opened, () => import('./QuestionList').then((m) => m.QuestionList));
  return (
    <details
      class="prepare-block questions"
      data-testid="questions"
      onToggle={(e) => e.currentTarget.open && setOpened(true)}
    >
      <summary class="section-title">Questions to ask</summary>
      {opened && (List ? <List {...props} /> : <p class="muted small">Loading…</p>)}
    </details>
  );
}
