import { useEffect, useId, useRef } from 'preact/hooks';
import './action-menu.css';

export interface MenuItem {
  /** Names the item for whoever puts focus back on it after the list re-renders (data-action). */
  action: string;
  label: string;
  disabled?: boolean;
  /**
   * Leaves the menu open after the item runs, for steps one repeats (move up, move up again); the others
   * close it.
   */
  keepOpen?: boolean;
  onSelect: () => void;
}

interface Props {
  /** The accessible name of the button and of the menu it opens. */
  label: string;
  items: readonly MenuItem[];
  /** Open or closed is the caller's, so a menu stays open while its row is rendered in a new place. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const enabledItems = (menu: HTMLElement | null) => [
  ...(menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? []),
];

/**
 * One button that opens a menu of actions (the WAI-ARIA menu button pattern): a single tab stop where a
 * row of buttons would be several. The arrow keys, Home and End move through the items, Escape closes the
 * menu and puts focus back on the button, Tab closes it and moves on.
 */
export function ActionMenu({ label, items, open, onOpenChange }: Props) {
  const menuId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef<'first' | 'last'>('first');
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open && !wasOpen.current) {
      const enabled = enabledItems(menu.current);
      (focusOnOpen.current === 'last' ? enabled.at(-1) : enabled[0])?.focus();
    }
    wasOpen.current = open;
  }, [open]);

  // A click anywhere else closes the menu; focus stays where the click put it.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) onOpenChange(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, onOpenChange]);

  const show = (where: 'first' | 'last') => {
    focusOnOpen.current = where;
    if (open) {
      const enabled = enabledItems(menu.current);
      (where === 'last' ? enabled.at(-1) : enabled[0])?.focus();
    } else onOpenChange(true);
  };

  const close = () => {
    onOpenChange(false);
    trigger.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const enabled = enabledItems(menu.current);
    const at = enabled.indexOf(document.activeElement as HTMLButtonElement);
    const go = (n: number) => {
      event.preventDefault();
      enabled[(n + enabled.length) % enabled.length]?.focus();
    };
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at < 0 ? enabled.length - 1 : at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(enabled.length - 1);
    else if (event.key === 'Escape') {
      // The menu, not a form or disclosure around it, is what Escape closes.
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') onOpenChange(false);
  };

  return (
    <div
      class="action-menu"
      ref={wrapper}
      onFocusOut={(event) => {
        // Focus moved to something else on the page (not lost because the row was drawn anew).
        const next = event.relatedTarget as Node | null;
        if (open && next && !wrapper.current?.contains(next)) onOpenChange(false);
      }}
    >
      <button
        type="button"
        class="action-menu-button"
        ref={trigger}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? onOpenChange(false) : show('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            show(event.key === 'ArrowUp' ? 'last' : 'first');
          }
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div
          class="action-menu-list"
          role="menu"
          id={menuId}
          aria-label={label}
          ref={menu}
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <button
              key={item.action}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-action={item.action}
              disabled={item.disabled}
              onClick={() => {
                if (!item.keepOpen) onOpenChange(false);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
