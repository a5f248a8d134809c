'use client';

import { ReasonDialog, type ReasonDialogControl } from '@/components/ui/reason-dialog';

/** Asks why a finding is dismissed; the reason is kept with the decision and in the log. */
export function DismissDialog({
  stepTitle,
  ...rest
}: {
  stepTitle: string;
} & ReasonDialogControl) {
  return (
    <ReasonDialog
      title={`Dismiss the finding for “${stepTitle}”?`}
      label="Why? (kept with the decision)"
      hint="It is hidden from the report until the step’s estimates or flags change materially."
      submitLabel="Dismiss finding"
      pendingLabel="Dismissing…"
      {...rest}
    />
  );
}
