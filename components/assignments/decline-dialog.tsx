'use client';

import { useEffect, useId, useRef } from 'react';
import { Button } from '@/components/ui/button';

/** Asks the assignee why they decline; the reason goes back to whoever assigned the step. */
export function DeclineDialog({
  stepTitle,
  assignedByName,
  open,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  stepTitle: string;
  assignedByName: string | null;
  open: boolean;
  pending: boolean;
  error?: string;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const d = dialogRef.current;
    if (!d) return;
    if (open && !d.open) {
      formRef.current?.reset();
      d.showModal();
    }
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto w-full max-w-md rounded-xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <form
        ref={formRef}
        noValidate
        className="space-y-3 p-5"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(String(new FormData(e.currentTarget).get('reason') ?? ''));
        }}
      >
        <h2 id={`${id}-title`} className="text-base font-semibold">
          Decline “{stepTitle}”?
        </h2>
        <label htmlFor={`${id}-reason`} className="block text-sm font-medium text-slate-700">
          Why? (required)
        </label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={3}
          maxLength={500}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          className={`block w-full rounded-md border px-3 py-2 text-sm ${error ? 'border-red-500' : 'border-slate-300'}`}
        />
        {error ? (
          <p id={`${id}-error`} className="text-sm text-red-600">
            {error}
          </p>
        ) : (
          <p id={`${id}-hint`} className="text-xs text-slate-500">
            {assignedByName ?? 'Whoever assigned it'} sees your reason, and the step can be handed
            to someone else.
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? 'Declining…' : 'Decline'}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
