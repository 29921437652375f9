import { render } from 'preact';
import type { PopupState } from '../shared/protocol';
import { App } from './App';

export function mountPopup(initial: Promise<PopupState>): void {
  const root = document.getElementById('app');
  if (root) render(<App initial={initial} />, root);
}
