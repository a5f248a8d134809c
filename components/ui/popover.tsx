'use client';

import * as RadixPopover from '@radix-ui/react-popover';

/**
 * A button that opens a panel beside it (Radix): Escape and a click outside close it, focus
 * returns to the button. For panels of links and controls; a list of commands is a Menu.
 */
export function Popover({
  label,
  trigger,
  open,
  onOpenChange,
  align = 'start',
  className = '',
  children,
}: {
  /** The panel's accessible name (it is announced as a dialog). */
  label: string;
  /** The button that opens it, rendered as is (it must be a single button element). */
  trigger: React.ReactElement;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  align?: 'start' | 'end';
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <RadixPopover.Root open={open} onOpenChange={onOpenChange}>
      <RadixPopover.Trigger asChild>{trigger}</RadixPopover.Trigger>
      <RadixPopover.Portal>
        <RadixPopover.Content
          aria-label={label}
          align={align}
          sideOffset={4}
          collisionPadding={8}
          className={`z-30 rounded-lg border border-slate-200 bg-white shadow-lg focus:outline-none ${className}`}
        >
          {children}
        </RadixPopover.Content>
      </RadixPopover.Portal>
    </RadixPopover.Root>
  );
}
