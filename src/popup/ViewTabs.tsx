import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface ViewTab<T extends string> {
  id: T;
  label: ComponentChildren;
}

interface Props<T extends string> {
  tabs: readonly ViewTab<T>[];
  selected: T;
  onSelect: (id: T) => void;
  label: string;
}

/** The element ids that tie a tab to its panel (aria-controls / aria-labelledby). */
export const tabId = (id: string) => `view-tab-${id}`;
export const panelId = (id: string) => `view-panel-${id}`;

/**
 * WAI-ARIA tabs: one tab stop for the whole row (the selected tab), arrow keys, Home and End move between
 * tabs and select them, as the Authoring Practices' "tabs with automatic activation" pattern does.
 */
export function ViewTabs<T extends string>({ tabs, selected, onSelect, label }: Props<T>) {
  const list = useRef<HTMLDivElement>(null);
  const go = (index: number) => {
    const next = tabs[(index + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(next.id)}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  };
  return (
    <div role="tablist" class="popup-tabs" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={tabId(t.id)}
          aria-selected={t.id === selected}
          aria-controls={t.id === selected ? panelId(t.id) : undefined}
          tabIndex={t.id === selected ? 0 : -1}
          onClick={() => onSelect(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
