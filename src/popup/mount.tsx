import { render } from 'preact';
import { App } from './App';
import type { LoadedPopup } from './load-state';

export function mountPopup(initial: Promise<LoadedPopup>): void {
  const root = document.getElementById('app');
  if (root) render(<App initial={initial} />, root);
}
