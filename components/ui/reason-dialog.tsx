'use client';

import { Button, type ButtonVariant } from './button';
import { Dialog, DialogFooter } from './dialog';
import { TextareaField } from './field';

/** What the page that opens a reason dialog controls: whether it is open, and what a submit does. */
export type ReasonDialogControl = {
  open: boolean;
  pending: boolean;
  error?: string;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
};

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
} & ReasonDialogControl) {
  // The form unmounts with the dialog, so each opening starts empty.
  return (
    <Dialog open={open} onOpenChange={(next) => !next && onCancel()} title={title}>
      <form
        noValidate
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(String(new FormData(e.currentTarget).get('reason') ?? ''));
        }}
      >
        <TextareaField
          label={label}
          name="reason"
          rows={3}
          maxLength={500}
          error={error}
          hint={hint}
        />
        <DialogFooter>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant={submitVariant} disabled={pending}>
            {pending ? pendingLabel : submitLabel}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
