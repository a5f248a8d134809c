'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

/** Asks why a finding is dismissed; the reason is kept with the decision and in the log. */
export function DismissDialog({
  stepTitle,
  open,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  stepTitle: string;
  open: boolean;
  pending: boolean;
  error?: string;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      setReason('');
      d.showModal();
    }
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="dismiss-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto w-full max-w-md rounded-xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <form
        className="space-y-3 p-5"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(reason);
        }}
      >
        <h2 id="dismiss-title" className="text-base font-semibold">
          Dismiss the finding for “{stepTitle}”?
        </h2>
        <label htmlFor="dismiss-reason" className="block text-sm font-medium text-slate-700">
          Why? (kept with the decision)
        </label>
        <textarea
          id="dismiss-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={3}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'dismiss-error' : 'dismiss-hint'}
          className={`block w-full rounded-md border px-3 py-2 text-sm ${error ? 'border-red-500' : 'border-slate-300'}`}
        />
        {error ? (
          <p id="dismiss-error" className="text-sm text-red-600">
            {error}
          </p>
        ) : (
          <p id="dismiss-hint" className="text-xs text-slate-500">
            It is hidden from the report until the step’s estimates or flags change materially.
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            Dismiss finding
          </Button>
        </div>
      </form>
    </dialog>
  );
}
