'use client';

import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  fieldMessagesFromServer,
  formMessageFromServer,
  type FieldMessages,
} from '@/components/forms/field-errors';
import { fieldMessagesFromZod } from '@/components/forms/zod-field-errors';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { formatNumber } from '@/lib/format';
import { completeSchema } from '@/server/routers/assignment.schema';
import { useTRPC } from '@/trpc/client';

/** Empty means "not given"; anything else is a number (NaN lets the schema say what is wrong). */
function numberOrNull(raw: FormDataEntryValue | null): number | null {
  const text = String(raw ?? '').trim();
  return text === '' ? null : Number(text);
}

/**
 * Closes an automation task: the minutes per run still done by hand (0 when it runs by itself)
 * and, optionally, the hours automating it took. The step's minutes become the first number.
 */
export function CompleteAutomationForm({
  teamId,
  assignmentId,
  stepTitle,
  stepMinutes,
  onDone,
  onCancel,
}: {
  teamId: string;
  assignmentId: string;
  stepTitle: string;
  stepMinutes: number;
  onDone: () => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const [fields, setFields] = useState<FieldMessages>({});
  const [formError, setFormError] = useState('');
  const complete = useMutation(trpc.assignment.complete.mutationOptions());

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError('');
    const data = new FormData(e.currentTarget);
    const parsed = completeSchema.safeParse({
      assignmentId,
      remainingMinutes: numberOrNull(data.get('remainingMinutes')) ?? undefined,
      effortHours: numberOrNull(data.get('effortHours')),
    });
    if (!parsed.success) return setFields(fieldMessagesFromZod(parsed.error));
    setFields({});
    try {
      await complete.mutateAsync({ teamId, ...parsed.data });
      onDone();
    } catch (err) {
      setFields(fieldMessagesFromServer(err));
      setFormError(formMessageFromServer(err));
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={`Mark “${stepTitle}” automated`}
      className="flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
    >
      {formError && (
        <div className="w-full">
          <Alert>{formError}</Alert>
        </div>
      )}
      <Field
        label="Minutes still done by hand"
        name="remainingMinutes"
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        defaultValue="0"
        autoFocus
        hint={`Per run; it was ${formatNumber(stepMinutes, 1)} min.`}
        error={fields.remainingMinutes}
        className="w-56"
      />
      <Field
        label="Hours it took"
        name="effortHours"
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        hint="Optional."
        error={fields.effortHours}
        className="w-40"
      />
      <div className="mt-6 flex gap-2">
        <Button
          type="submit"
          className="px-3 py-1.5"
          disabled={!hydrated || complete.isPending}
          aria-label={`Save as automated: ${stepTitle}`}
        >
          {complete.isPending ? 'Saving…' : 'Save as automated'}
        </Button>
        <Button variant="secondary" className="px-3 py-1.5" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
