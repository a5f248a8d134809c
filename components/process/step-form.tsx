'use client';

import { useId, useState } from 'react';
import { type FieldMessages } from '@/components/forms/field-errors';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select';
import { STEP_KINDS, STEP_VALUES } from '@/db/process-enums';
import { STEP_KIND_LABELS, STEP_VALUE_CHOICES } from '@/lib/labels';
import { MemberPicker } from '@/components/pickers/member-picker';
import { ProcessPicker } from '@/components/pickers/process-picker';
import { MarkdownPreview } from './markdown';
import type { StepDraft } from './step-draft';

export function StepForm({
  teamId,
  processId,
  draft,
  onChange,
  errors,
  submitLabel,
  pending,
  onSubmit,
  onSubmitAndAddAnother,
  onCancel,
}: {
  teamId: string;
  /** The process the step is in: its what-ifs cannot link back to it. */
  processId: string;
  draft: StepDraft;
  onChange: (d: StepDraft) => void;
  errors: FieldMessages;
  submitLabel: string;
  pending: boolean;
  onSubmit: () => void;
  /** Adding steps: save this one and keep the form open for the next. */
  onSubmitAndAddAnother?: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [preview, setPreview] = useState(false);
  const set = <K extends keyof StepDraft>(key: K, value: StepDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const setIf = (i: number, patch: Partial<StepDraft['whatIfs'][number]>) =>
    set(
      'whatIfs',
      draft.whatIfs.map((w, j) => (j === i ? { ...w, ...patch } : w)),
    );

  return (
    <form
      noValidate
      aria-label={submitLabel}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      className="space-y-4"
    >
      <Field
        label="Step title"
        value={draft.title}
        onChange={(e) => set('title', e.target.value)}
        error={errors.title}
        autoFocus
      />
      <div>
        <div className="flex items-center justify-between">
          <label htmlFor={`${id}-details`} className="block text-sm font-medium text-slate-700">
            Details <span className="font-normal text-slate-500">(Markdown)</span>
          </label>
          <button
            type="button"
            className="text-xs text-brand-700 hover:underline"
            onClick={() => setPreview((p) => !p)}
          >
            {preview ? 'Edit' : 'Preview'}
          </button>
        </div>
        {preview ? (
          <div className="mt-1 min-h-20 rounded-md border border-slate-200 bg-slate-50 p-3">
            {draft.details.trim() ? (
              <MarkdownPreview text={draft.details} />
            ) : (
              <p className="text-sm text-slate-400">Nothing to preview.</p>
            )}
          </div>
        ) : (
          <textarea
            id={`${id}-details`}
            value={draft.details}
            onChange={(e) => set('details', e.target.value)}
            rows={4}
            aria-invalid={errors.details ? true : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm"
          />
        )}
        {errors.details && <p className="mt-1 text-sm text-red-600">{errors.details}</p>}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          label="Kind"
          value={draft.kind}
          onChange={(e) => set('kind', e.target.value as StepDraft['kind'])}
        >
          {STEP_KINDS.map((k) => (
            <option key={k} value={k}>
              {STEP_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <MemberPicker
          teamId={teamId}
          label="Performer"
          noneLabel="Unassigned"
          value={
            draft.performerMembershipId
              ? { id: draft.performerMembershipId, label: draft.performerName }
              : null
          }
          onChange={(o) =>
            onChange({
              ...draft,
              performerMembershipId: o?.id ?? '',
              performerName: o?.label ?? '',
            })
          }
          error={errors.performerMembershipId}
        />
        <SelectField
          label="Value"
          value={draft.value}
          onChange={(e) => set('value', e.target.value as StepDraft['value'])}
        >
          {STEP_VALUES.map((v) => (
            <option key={v} value={v}>
              {STEP_VALUE_CHOICES[v]}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="grid gap-3 sm:grid-cols-4">
        <Field
          label="Minutes (hands-on)"
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          value={draft.minutes}
          onChange={(e) => set('minutes', e.target.value)}
          error={errors.minutes}
        />
        <Field
          label="Wait minutes"
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          value={draft.waitMinutes}
          onChange={(e) => set('waitMinutes', e.target.value)}
          error={errors.waitMinutes}
          hint="Optional"
        />
        <Field
          label="Probability (%)"
          type="number"
          min={0}
          max={100}
          step="any"
          inputMode="decimal"
          value={draft.probability}
          onChange={(e) => set('probability', e.target.value)}
          error={errors.probability}
          hint="Share of runs it happens in"
        />
        <Field
          label="Automation effort (h)"
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          value={draft.automationEffortHours}
          onChange={(e) => set('automationEffortHours', e.target.value)}
          error={errors.automationEffortHours}
          hint="Optional; else team default"
        />
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={draft.ruleBased}
            onChange={(e) => set('ruleBased', e.target.checked)}
            className="h-4 w-4"
          />
          Rule-based (follows fixed rules)
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={draft.needsJudgment}
            onChange={(e) => set('needsJudgment', e.target.checked)}
            className="h-4 w-4"
          />
          Needs judgment (this performer’s expertise or authority)
        </label>
      </div>
      <Field
        label="Tools used"
        value={draft.tools}
        onChange={(e) => set('tools', e.target.value)}
        error={errors.tools}
        hint="Comma-separated, e.g. Gmail, QuickBooks"
      />

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">What-ifs</legend>
        {draft.whatIfs.length === 0 && (
          <p className="text-xs text-slate-500">
            Exceptions to this step, e.g. “client does not pay within 30 days”.
          </p>
        )}
        {draft.whatIfs.map((w, i) => (
          <div
            key={i}
            className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_1fr_12rem_auto]"
          >
            <Field
              label={`If (what-if ${i + 1})`}
              value={w.condition}
              onChange={(e) => setIf(i, { condition: e.target.value })}
              error={errors[`whatIfs.${i}.condition`]}
            />
            <Field
              label="Then"
              value={w.action}
              onChange={(e) => setIf(i, { action: e.target.value })}
              error={errors[`whatIfs.${i}.action`]}
            />
            <ProcessPicker
              teamId={teamId}
              label="Follow process"
              excludeId={processId}
              value={
                w.linkedProcessId ? { id: w.linkedProcessId, label: w.linkedProcessName } : null
              }
              onChange={(o) =>
                setIf(i, { linkedProcessId: o?.id ?? '', linkedProcessName: o?.label ?? '' })
              }
              error={errors[`whatIfs.${i}.linkedProcessId`]}
            />
            <Button
              variant="ghost"
              className="mt-6 px-2 py-1 text-red-700"
              aria-label={`Remove what-if ${i + 1}`}
              onClick={() =>
                set(
                  'whatIfs',
                  draft.whatIfs.filter((_, j) => j !== i),
                )
              }
            >
              Remove
            </Button>
          </div>
        ))}
        <Button
          variant="ghost"
          className="px-2 py-1"
          onClick={() =>
            set('whatIfs', [
              ...draft.whatIfs,
              { condition: '', action: '', linkedProcessId: '', linkedProcessName: '' },
            ])
          }
        >
          + Add a what-if
        </Button>
      </fieldset>

      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </Button>
        {onSubmitAndAddAnother && (
          <Button variant="secondary" disabled={pending} onClick={onSubmitAndAddAnother}>
            Save and add another
          </Button>
        )}
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
