import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** What the wrapped part shows, in words ("the note from Maya Okafor on …"), for the message. */
  name: string;
  children: ComponentChildren;
}

/**
 * Keeps one bad record from blanking a page. Data can come from an import, an older version or a page
 * LinkedIn controls, and a value the schema accepts can still be one the browser cannot show (a time no
 * Date can hold): the part that fails says which record it is, and everything around it still renders.
 */
export class RecordBoundary extends Component<Props, { error?: string }> {
  override state: { error?: string } = {};

  static override getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown) {
    this.setState(RecordBoundary.getDerivedStateFromError(error));
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <p role="alert" class="record-error">
        Rapport could not show {this.props.name} ({this.state.error}). The rest of the page is unaffected;
        editing or deleting the record, or a new import, can set it right.
      </p>
    );
  }
}
