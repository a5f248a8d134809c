'use client';

import { ReasonDialog, type ReasonDialogControl } from '@/components/ui/reason-dialog';

/** Asks the assignee why they decline; the reason goes back to whoever assigned the step. */
export function DeclineDialog({
  stepTitle,
  assignedByName,
  ...rest
}: {
  stepTitle: string;
  assignedByName: string | null;
} & ReasonDialogControl) {
  return (
    <ReasonDialog
      title={`Decline “${stepTitle}”?`}
      label="Why? (required)"
      hint={`${assignedByName ?? 'Whoever assigned it'} sees your reason, and the step can be handed to someone else.`}
      submitLabel="Decline"
      pendingLabel="Declining…"
      submitVariant="danger"
      {...rest}
    />
  );
}
