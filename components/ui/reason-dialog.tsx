'use client';

import { useEffect, useId, useRef } from 'react';
import { Button, type ButtonVariant } from './button';

/** A modal that asks for a reason (dismissing a finding, declining a hand-off) and submits it. */
export function ReasonDialog({
  title,
  label,
  hint,
  submitLabel,
  pendingLabel,
  submitVariant = 'primary',
  open,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  title: string;
  label: string;
  hint: string;
  submitLabel: string;
  pendingLabel: string;
  submitVariant?: ButtonVariant;
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
          {title}
        </h2>
        <label htmlFor={`${id}-reason`} className="block text-sm font-medium text-slate-700">
          {label}
        </label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={3}
          maxLength={500}
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
            {hint}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant={submitVariant} disabled={pending}>
            {pending ? pendingLabel : submitLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
