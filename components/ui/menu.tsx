'use client';

import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDismiss } from './use-dismiss';

export type MenuItem = {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Destructive: shown in red. */
  danger?: boolean;
};

/**
 * A menu button (WAI-ARIA menu pattern): Enter, Space or ↓ opens it on the first item, ↑/↓,
 * Home and End move, Escape or Tab closes it and focus returns to the button.
 */
export function Menu({
  label,
  items,
  id,
  children = '⋯',
}: {
  /** The button's accessible name, e.g. "More actions for Draft post". */
  label: string;
  items: MenuItem[];
  id?: string;
  children?: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, ref, close, button);

  const enabled = () =>
    Array.from(
      ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [],
    );
  const focusItem = (which: 'first' | 'last' | 1 | -1) => {
    const list = enabled();
    if (list.length === 0) return;
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      which === 'first'
        ? 0
        : which === 'last'
          ? list.length - 1
          : (at + which + list.length) % list.length;
    list[next]?.focus();
  };
  const openAt = (which: 'first' | 'last') => {
    setOpen(true);
    requestAnimationFrame(() => focusItem(which));
  };

  function onMenuKey(e: KeyboardEvent) {
    const moves: Record<string, 'first' | 'last' | 1 | -1> = {
      ArrowDown: 1,
      ArrowUp: -1,
      Home: 'first',
      End: 'last',
    };
    if (e.key in moves) {
      e.preventDefault();
      focusItem(moves[e.key]!);
    } else if (e.key === 'Tab') {
      close();
    }
  }

  return (
    <div ref={ref} className="relative">
      <button
        ref={button}
        id={id}
        type="button"
        data-needs-js=""
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close() : openAt('first'))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            openAt(e.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
        className="rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100"
      >
        {children}
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label={label}
          onKeyDown={onMenuKey}
          className="absolute right-0 z-30 mt-1 min-w-44 rounded-lg border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              disabled={item.disabled}
              onClick={() => {
                close();
                button.current?.focus();
                item.onSelect();
              }}
              className={`block w-full px-3 py-1.5 text-left hover:bg-slate-100 focus:bg-slate-100 focus:outline-none disabled:cursor-not-allowed disabled:text-slate-400 ${item.danger ? 'text-red-700' : 'text-slate-700'}`}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
