// Helpers for component tests under happy-dom: render, wait for the background's answers, find things
// the way a user does (by label, by button name) and type into fields.
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

export async function mount(ui: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(ui, root);
  });
  await settle();
  return root;
}

/** Removes what tests mounted, as when the user leaves a section or reloads: kept drafts stay. */
export function unmountKeepingDrafts(): void {
  for (const root of [...document.body.children]) {
    render(null, root);
    root.remove();
  }
}

/** Removes what tests mounted, and the drafts forms kept, so no test sees another's half-typed text. */
export function unmountAll(): void {
  unmountKeepingDrafts();
  localStorage.clear();
}

/** Lets pending promises (mocked messages) resolve and Preact re-render. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

export function buttons(root: Element, name: string | RegExp): HTMLButtonElement[] {
  return [...root.querySelectorAll('button')].filter((b) => {
    const label = b.getAttribute('aria-label') ?? text(b);
    return typeof name === 'string' ? label === name : name.test(label);
  });
}

export function button(root: Element, name: string | RegExp): HTMLButtonElement {
  const found = buttons(root, name);
  if (found.length !== 1) throw new Error(`Expected one button ${name}, found ${found.length}`);
  return found[0] as HTMLButtonElement;
}

/** An item of the menu a menu button (named `menu`) opens, opening it first as a user would. */
export async function menuItem(root: Element, menu: string, item: string): Promise<HTMLButtonElement> {
  const trigger = button(root, menu);
  if (trigger.getAttribute('aria-expanded') !== 'true') await click(trigger);
  const list = root.querySelector('[role="menu"]');
  if (!list) throw new Error(`${menu} opened no menu`);
  return button(list, item);
}

/** The form control a visible label names. */
export function field<T extends HTMLElement = HTMLInputElement>(root: Element, label: string | RegExp): T {
  const labels = [...root.querySelectorAll('label')].filter((l) =>
    typeof label === 'string' ? text(l) === label : label.test(text(l)),
  );
  if (labels.length !== 1) throw new Error(`Expected one label ${label}, found ${labels.length}`);
  const target = labels[0]?.htmlFor;
  const control = target ? root.ownerDocument.getElementById(target) : labels[0]?.querySelector('input');
  if (!control) throw new Error(`Label ${label} names no control`);
  return control as T;
}

export async function click(el: HTMLElement): Promise<void> {
  await act(() => {
    el.click();
  });
  await settle();
}

export async function type(el: HTMLElement, value: string): Promise<void> {
  await act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    if (el instanceof HTMLSelectElement) el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function submit(form: HTMLFormElement): Promise<void> {
  await act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

export { text };
