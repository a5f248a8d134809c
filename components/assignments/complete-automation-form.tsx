'use client';

import { useMutation } from '@tanstack/react-query';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Button } from '@/components/ui/button';
import { applyServerErrors, FormAlert, useZodForm } from '@/components/ui/form';
import { formatNumber } from '@/lib/format';
import { completeSchema } from '@/server/routers/assignment.schema';
import { useTRPC } from '@/trpc/client';
import { FormField } from '@/components/ui/form-fields';

const formSchema = completeSchema.pick({ remainingMinutes: true, effortHours: true });

/**
 * An empty box is "not given" (undefined: the schema's default, 0 minutes or no hours); anything
 * else is a number, NaN included, so the schema says what is wrong with it.
 */
const optionalNumber = (raw: string) => (raw.trim() === '' ? undefined : Number(raw));

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
  const complete = useMutation(trpc.assignment.complete.mutationOptions());
  const form = useZodForm(formSchema, {
    defaultValues: { remainingMinutes: 0, effortHours: undefined },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await complete.mutateAsync({ teamId, assignmentId, ...values });
      onDone();
    } catch (err) {
      applyServerErrors(form, err);
    }
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={`Mark “${stepTitle}” automated`}
      className="flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
    >
      {errors.root?.server && (
        <div className="w-full">
          <FormAlert form={form} />
        </div>
      )}
      <FormField
        form={form}
        name="remainingMinutes"
        options={{ setValueAs: optionalNumber }}
        label="Minutes still done by hand"
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        autoFocus
        hint={`Per run; it was ${formatNumber(stepMinutes, 1)} min.`}
        className="w-56"
      />
      <FormField
        form={form}
        name="effortHours"
        options={{ setValueAs: optionalNumber }}
        label="Hours it took"
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        hint="Optional."
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
