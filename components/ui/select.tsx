import type { SelectHTMLAttributes } from 'react';
import { controlClass, FieldShell } from './field';

/** A labelled native select: on a phone it opens the system picker. */
export function SelectField({
  label,
  error,
  hint,
  className = '',
  children,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  error?: string;
  hint?: string;
  ref?: React.Ref<HTMLSelectElement>;
}) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className}>
      {({ id, describedBy }) => (
        <select
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={controlClass(error)}
          {...select}
        >
          {children}
        </select>
      )}
    </FieldShell>
  );
}
