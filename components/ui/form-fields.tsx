'use client';

import {
  get,
  type FieldValues,
  type Path,
  type RegisterOptions,
  type UseFormRegister,
} from 'react-hook-form';
import { Field, TextareaField } from './field';
import { SelectField } from './select';

/** What a field needs of its form: to register itself and to read its own error. */
type FormOf<T extends FieldValues> = {
  register: UseFormRegister<T>;
  formState: { errors: object };
};

type Bound<T extends FieldValues> = {
  form: FormOf<T>;
  name: NoInfer<Path<T>>;
  /** e.g. `{ valueAsNumber: true }` for a number box. */
  options?: RegisterOptions<T, Path<T>>;
};

const errorOf = <T extends FieldValues>(form: FormOf<T>, name: Path<T>) =>
  (get(form.formState.errors, name) as { message?: string } | undefined)?.message;

/** A kit Field bound to a react-hook-form field: value, ref and error in one line. */
export function FormField<T extends FieldValues>({
  form,
  name,
  options,
  ...props
}: Bound<T> & Omit<React.ComponentProps<typeof Field>, 'name' | 'error' | 'form'>) {
  return <Field {...props} error={errorOf(form, name)} {...form.register(name, options)} />;
}

export function FormTextarea<T extends FieldValues>({
  form,
  name,
  options,
  ...props
}: Bound<T> & Omit<React.ComponentProps<typeof TextareaField>, 'name' | 'error' | 'form'>) {
  return <TextareaField {...props} error={errorOf(form, name)} {...form.register(name, options)} />;
}

export function FormSelect<T extends FieldValues>({
  form,
  name,
  options,
  ...props
}: Bound<T> & Omit<React.ComponentProps<typeof SelectField>, 'name' | 'error' | 'form'>) {
  return <SelectField {...props} error={errorOf(form, name)} {...form.register(name, options)} />;
}
