import { render } from 'preact';
import { App } from './App';
import type { FirstState } from './early-popup-state';

export function mountPopup(initial: Promise<FirstState>): void {
  const root = document.getElementById('app');
  if (root) render(<App initial={initial} />, root);
}
