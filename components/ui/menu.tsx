'use client';

import * as DropdownMenu from '@radix-ui/react-dropdown-menu';

export type MenuItem = {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Destructive: shown in red. */
  danger?: boolean;
};

/**
 * A menu button on Radix (WAI-ARIA menu pattern): Enter, Space or ↓ opens it, arrows, Home, End
 * and typing a letter move, Escape closes it and focus returns to the button.
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
  return (
    // Not modal: an item that opens a dialog must not fight the menu over focus and pointer.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        id={id}
        data-needs-js=""
        aria-label={label}
        className="rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 data-[state=open]:bg-slate-100"
      >
        {children}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          // Named by its button; Radix points at its own id for it, so follow ours when we set one.
          {...(id ? { 'aria-labelledby': id } : {})}
          className="z-30 min-w-44 rounded-lg border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {items.map((item) => (
            <DropdownMenu.Item
              key={item.label}
              disabled={item.disabled}
              onSelect={item.onSelect}
              className={`block w-full cursor-default px-3 py-1.5 text-left outline-none data-[disabled]:cursor-not-allowed data-[disabled]:text-slate-400 data-[highlighted]:bg-slate-100 ${item.danger ? 'text-red-700' : 'text-slate-700'}`}
            >
              {item.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
