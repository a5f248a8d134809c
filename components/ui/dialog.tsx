'use client';

import * as RadixDialog from '@radix-ui/react-dialog';
import { useLayoutEffect, useRef } from 'react';

/**
 * A modal dialog on Radix: focus is trapped and returned to the opener, Escape and the backdrop
 * close it, the rest of the page is hidden from screen readers while it is open.
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  size = 'md',
  placement = 'center',
  hideTitle = false,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** A sentence under the title, read out with it. */
  description?: React.ReactNode;
  size?: 'md' | 'lg';
  /** 'top': a sheet across the top of the screen (the phone menu). */
  placement?: 'center' | 'top';
  /** The title is still read out, just not shown. */
  hideTitle?: boolean;
  children: React.ReactNode;
}) {
  // Our dialogs open from state, not from a Radix trigger: remember what had the focus (a layout
  // effect runs before Radix moves it inside) and give it back on close.
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (open) opener.current = document.activeElement as HTMLElement | null;
  }, [open]);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <RadixDialog.Content
          // Without a description Radix asks for an explicit "none".
          {...(description ? {} : { 'aria-describedby': undefined })}
          onCloseAutoFocus={(e) => {
            const el = opener.current;
            if (el?.isConnected && el !== document.body) {
              e.preventDefault();
              el.focus();
            }
          }}
          className={`fixed z-50 space-y-3 overflow-y-auto border-slate-200 bg-white shadow-xl focus:outline-none ${
            placement === 'top'
              ? 'inset-x-0 top-0 max-h-dvh border-b p-4'
              : `left-1/2 top-1/2 max-h-[90dvh] w-[calc(100%-2rem)] -translate-x-1/2 -translate-y-1/2 rounded-xl border p-5 ${size === 'lg' ? 'max-w-xl' : 'max-w-md'}`
          }`}
        >
          <RadixDialog.Title className={hideTitle ? 'sr-only' : 'text-base font-semibold'}>
            {title}
          </RadixDialog.Title>
          {description && (
            // A div, so the description may hold paragraphs and lists.
            <RadixDialog.Description asChild>
              <div className="space-y-2 text-sm text-slate-600">{description}</div>
            </RadixDialog.Description>
          )}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** The row of buttons at the foot of a dialog, the main one last. */
export function DialogFooter({ children }: { children: React.ReactNode }) {
  return <div className="flex flex-wrap justify-end gap-2 pt-2">{children}</div>;
}
