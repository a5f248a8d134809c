'use client';

import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select';
import type { FrequencyInput } from '@/server/routers/process.schema';

const PERIOD_LABELS = {
  day: 'per working day',
  week: 'per week',
  month: 'per month',
  quarter: 'per quarter',
  year: 'per year',
  on_demand: 'on demand',
} as const;

/**
 * The form's starting frequency. Both amounts hold the same number, so switching to or from
 * "on demand" keeps it in the box; the schema drops the one the chosen period does not use.
 */
export function frequencyDefaults(f?: FrequencyInput): FrequencyInput {
  const amount = f ? (f.period === 'on_demand' ? f.runsPerYear : f.count) : 1;
  return { period: f?.period ?? 'month', count: amount, runsPerYear: amount } as FrequencyInput;
}

/** The amount's error, wherever the schema or the server put it. */
export function frequencyError(
  errors: { count?: FieldError; runsPerYear?: FieldError; message?: string } | undefined,
  onDemand: boolean,
): string | undefined {
  return (onDemand ? errors?.runsPerYear : errors?.count)?.message ?? errors?.message;
}

/**
 * Count per period, or on demand with an estimate of runs per year. The form registers the
 * amount as `frequency.count` or `frequency.runsPerYear` (as a number: an empty box is NaN, so
 * the schema says what is missing) and the period as `frequency.period`.
 */
export function FrequencyFields({
  onDemand,
  amount,
  period,
  error,
}: {
  onDemand: boolean;
  amount: UseFormRegisterReturn;
  period: UseFormRegisterReturn;
  error?: string;
}) {
  return (
    <div className="grid grid-cols-2 gap-3">
      <Field
        key={amount.name}
        label={onDemand ? 'Runs per year (estimate)' : 'How many times'}
        type="number"
        step="any"
        min={0}
        inputMode="decimal"
        error={error}
        {...amount}
      />
      <SelectField label="Frequency" {...period}>
        {Object.entries(PERIOD_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
