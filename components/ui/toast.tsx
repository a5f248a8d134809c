'use client';

import { toast, Toaster as SonnerToaster } from 'sonner';

export { toast };

/** Where toasts appear: one per page, in the root layout; announced politely. */
export function Toaster() {
  return <SonnerToaster position="bottom-right" richColors closeButton duration={6000} />;
}

/**
 * A success toast with an Undo button: every destructive or archiving action offers one, for
 * as long as the toast stays up (long enough to read and reach by keyboard).
 */
export function toastWithUndo(message: string, onUndo: () => void) {
  toast.success(message, { duration: 10_000, action: { label: 'Undo', onClick: onUndo } });
}
