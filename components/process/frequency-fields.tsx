'use client';

import { useState } from 'react';
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

/** Count per period, or on demand with an estimate of runs per year. */
export function FrequencyFields({
  defaultValue,
  errors,
}: {
  defaultValue?: FrequencyInput;
  errors: Record<string, string | undefined>;
}) {
  const [period, setPeriod] = useState<keyof typeof PERIOD_LABELS>(defaultValue?.period ?? 'month');
  const onDemand = period === 'on_demand';
  const initial = defaultValue
    ? defaultValue.period === 'on_demand'
      ? defaultValue.runsPerYear
      : defaultValue.count
    : 1;
  return (
    <div className="grid grid-cols-2 gap-3">
      <Field
        key={onDemand ? 'runs' : 'count'}
        label={onDemand ? 'Runs per year (estimate)' : 'How many times'}
        name="frequencyAmount"
        type="number"
        step="any"
        min={0}
        inputMode="decimal"
        defaultValue={initial}
        error={errors['frequency.count'] ?? errors['frequency.runsPerYear'] ?? errors.frequency}
      />
      <SelectField
        label="Frequency"
        name="frequencyPeriod"
        value={period}
        onChange={(e) => setPeriod(e.target.value as keyof typeof PERIOD_LABELS)}
      >
        {Object.entries(PERIOD_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

/** Reads the two fields above back into the procedure's frequency shape. */
export function readFrequency(data: FormData): FrequencyInput {
  const period = String(data.get('frequencyPeriod') ?? 'month') as keyof typeof PERIOD_LABELS;
  const raw = String(data.get('frequencyAmount') ?? '').trim();
  const amount = raw === '' ? Number.NaN : Number(raw);
  return period === 'on_demand' ? { period, runsPerYear: amount } : { period, count: amount };
}
