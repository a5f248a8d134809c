'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import {
  useForm,
  type FieldValues,
  type Path,
  type UseFormProps,
  type UseFormReturn,
  type UseFormSetError,
} from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from './alert';
import { Button } from './button';
import { fieldMessagesFromServer } from '@/components/forms/field-errors';

/**
 * A react-hook-form form checked in the browser by the procedure's own zod schema (or a pick
 * of it), so the browser and the server refuse the same input with the same words.
 */
export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  options?: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, 'resolver'>,
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  return useForm<z.input<S>, unknown, z.output<S>>({
    ...options,
    resolver: zodResolver(schema as never) as never,
  });
}

type ServerErrorShape = { message?: string };

/**
 * The one place a server refusal lands on a form: each field error from the error formatter
 * (keyed by input path, e.g. "patch.hourlyCost") goes onto the field it names — `toField`
 * translates paths the form names differently — and anything no field shows becomes the form's
 * message. Focus moves to the first field in error.
 */
export function applyServerErrors<T extends FieldValues>(
  form: { setError: UseFormSetError<T>; getValues: () => T },
  error: unknown,
  toField: (path: string) => string | null = (path) => path,
) {
  const { message } = (error ?? {}) as ServerErrorShape;
  const known = new Set(Object.keys(form.getValues()));
  const unplaced: string[] = [];
  let first = true;
  for (const [path, text] of Object.entries(fieldMessagesFromServer(error))) {
    if (!text) continue;
    const field = toField(path);
    if (field && known.has(field.split('.')[0]!)) {
      form.setError(field as Path<T>, { type: 'server', message: text }, { shouldFocus: first });
      first = false;
    } else unplaced.push(text);
  }
  if (first || unplaced.length > 0) {
    form.setError('root.server', {
      type: 'server',
      message: unplaced[0] ?? message ?? 'Something went wrong. Please try again.',
    });
  }
}

/**
 * One field's first message from a server refusal, for the few forms that show a single error
 * string instead of a react-hook-form form (the kit ReasonDialog).
 */
export function firstServerMessage(error: unknown, field: string): string | undefined {
  return fieldMessagesFromServer(error)[field];
}

/** The form-level message: a refusal that belongs to no single field. */
export function FormAlert({
  form,
}: {
  form: { formState: { errors: { root?: Record<string, { message?: string }> } } };
}) {
  const message = form.formState.errors.root?.server?.message;
  return message ? <Alert>{message}</Alert> : null;
}

/**
 * A form in a card, as the inline "new …" and "edit …" forms are: checked by the browser's
 * react-hook-form (never natively), named for screen readers, its form-level message first.
 */
export function FormCard({
  form,
  onSubmit,
  label,
  children,
}: {
  form: Parameters<typeof FormAlert>[0]['form'];
  onSubmit: React.FormEventHandler<HTMLFormElement>;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={label}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
    >
      <FormAlert form={form} />
      {children}
    </form>
  );
}

/** A form's Submit and Cancel, the main one first; while pending the submit says so. */
export function FormActions({
  submitLabel,
  pendingLabel,
  pending,
  onCancel,
}: {
  submitLabel: string;
  /** e.g. "Saving…"; the submit label itself when absent. */
  pendingLabel?: string;
  pending: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="flex gap-2">
      <Button type="submit" disabled={pending}>
        {pending ? (pendingLabel ?? submitLabel) : submitLabel}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
